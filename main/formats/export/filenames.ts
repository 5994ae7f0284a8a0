/**
 * File names that are safe on Windows, macOS and Linux.
 *
 *   safeFileName(name: string, maxLength = 120): string
 *   uniqueFileNames(names: string[], extension: string, maxLength = 120): string[]
 *
 * Removed or replaced: < > : " / \ | ? * and control characters, leading dots (hidden files), trailing
 * dots and spaces (Windows drops them). Reserved device names (CON, PRN, AUX, NUL, COM1-9, LPT1-9, also
 * with an extension) get a trailing "_". The result has at most `maxLength` characters and at most
 * 200 UTF-8 bytes (ext4 and APFS allow 255 bytes, leaving room for a suffix and extension), is never
 * empty ("untitled"), and `uniqueFileNames` makes names unique case-insensitively with " (2)", " (3)"…
 * (the suffix and extension count toward `maxLength`).
 */

const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i;
const MAX_BYTES = 200;

export function safeFileName(name: string, maxLength = 120): string {
  let out = name
    .normalize("NFC")
    .replace(/:/g, " - ")
    .replace(/[<>"/\\|?*\p{Cc}\p{Cf}\u2028\u2029]/gu, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+/, "");
  if (RESERVED.test(out)) out = out.replace(/^[^.]*/, (stem) => `${stem}_`);
  out = truncate(out, maxLength, MAX_BYTES).replace(/[\s.]+$/, "");
  if (RESERVED.test(out)) out = `${truncate(out, maxLength - 1, MAX_BYTES)}_`;
  return out === "" ? "untitled" : out;
}

/** At most `chars` code points and `bytes` UTF-8 bytes, never splitting a surrogate pair. */
function truncate(text: string, chars: number, bytes: number): string {
  let out = "";
  let size = 0;
  let count = 0;
  for (const ch of text) {
    const len = Buffer.byteLength(ch);
    if (count + 1 > chars || size + len > bytes) break;
    out += ch;
    size += len;
    count += 1;
  }
  return out;
}

export function uniqueFileNames(names: string[], extension: string, maxLength = 120): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? "" : ` (${n})`;
      const file = `${safeFileName(name, maxLength - suffix.length - extension.length)}${suffix}${extension}`;
      const key = file.normalize("NFC").toLowerCase();
      if (!used.has(key)) {
        used.add(key);
        return file;
      }
    }
  });
}
