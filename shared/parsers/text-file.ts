/**
 * Decoding an import file's bytes to text, the same in main (CLI, Electron) and in the page (a dropped
 * or chosen file in browser mode). Pure: Uint8Array and TextDecoder only.
 *
 *   decodeText(bytes): string | undefined   UTF-8 (a BOM is dropped), UTF-16 with a BOM, else
 *                                            Windows-1252 (old Latin-1 BibTeX); undefined for binary
 *   looksBinary(head): boolean              a NUL byte, or more than 1 in 20 control bytes
 */

/** How much of the start of a file decides whether it is binary. */
export const SNIFF_BYTES = 64 * 1024;

export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), false);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (looksBinary(bytes.subarray(0, SNIFF_BYTES))) return undefined;
  return utf8(bytes, true) ?? new TextDecoder("windows-1252").decode(bytes);
}

function utf8(bytes: Uint8Array, fatal: boolean): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal }).decode(bytes);
  } catch (err) {
    // Not UTF-8: the caller falls back to Windows-1252 (every byte sequence decodes there).
    if (err instanceof TypeError) return undefined;
    throw err;
  }
}

/** A NUL byte, or more than 1 in 20 control bytes (other than tab, line ends, form feed): not text. */
export function looksBinary(head: Uint8Array): boolean {
  let controls = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return controls * 20 > head.length;
}

/** What to tell the user about a file that is not text. */
export function binaryFileMessage(name: string): string {
  return (
    `"${name}" looks like a binary file, not text; Folio imports BibTeX, RIS, CSL-JSON, Zotero CSV, ` +
    "arXiv Atom, Folio backups and trending-papers pages"
  );
}

/** What to tell the user about a file over the import limit. */
export function tooLargeMessage(name: string, bytes: number, limit: number): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `"${name}" is ${mb(bytes)}; Folio imports files of at most ${mb(limit)}`;
}
