/**
 * The static half of the index (title + abstract postings and their vocabulary) saved next to the data
 * as `search-index.bin`, so a start with an unchanged corpus loads it instead of tokenizing every
 * abstract again. It is a cache: keyed by a fingerprint of the papers (ids, titles and abstracts, in
 * order), rebuilt whenever it does not match or cannot be read, and written atomically (temp + rename).
 *
 * Layout: "FOLIOIX1" | u32 header length | header JSON | terms (UTF-8, "\n"-joined) | pad to 4 |
 *         offsets Int32[terms + 1] | slots Int32[postings] | weights Uint8[postings]
 */
import { randomBytes } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Paper } from "../../shared/model/paper";
import type { Slicer } from "./slices";

const MAGIC = "FOLIOIX1";

export interface StaticExport {
  /** Papers (slots 0..papers-1) the postings cover. */
  papers: number;
  terms: string[];
  /** Postings of term i are slots/weights[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  slots: Int32Array;
  weights: Uint8Array;
}

interface Header {
  fingerprint: string;
  papers: number;
  terms: number;
  postings: number;
  termBytes: number;
}

/** cyrb53 fed text by text, so a whole corpus is hashed without building one big string. */
class StreamHash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  add(text: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    // A separator, so ("ab", "c") and ("a", "bc") differ.
    this.h1 = Math.imul(h1 ^ 0x1f, 2654435761);
    this.h2 = Math.imul(h2 ^ 0x1f, 1597334677);
  }

  digest(): string {
    let h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507) ^ Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    const h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    h1 >>>= 0;
    return (4294967296 * (2097151 & h2) + h1).toString(36);
  }
}

/**
 * Ids, titles and abstracts in order, hashed in slices (~0.2 s of CPU at 100k papers, never in one
 * block): papers can be edited, so lengths alone would miss a same-length correction.
 */
export async function corpusFingerprint(papers: readonly Paper[], slicer: Slicer): Promise<string> {
  const hash = new StreamHash();
  for (const p of papers) {
    hash.add(p.id);
    hash.add(p.title);
    hash.add(p.abstract);
    if (slicer.due()) await slicer.pause();
  }
  return `${papers.length}:${hash.digest()}`;
}

export async function saveIndexFile(path: string, fingerprint: string, data: StaticExport): Promise<void> {
  const terms = Buffer.from(data.terms.join("\n"), "utf8");
  const header: Header = {
    fingerprint,
    papers: data.papers,
    terms: data.terms.length,
    postings: data.slots.length,
    termBytes: terms.length,
  };
  const head = Buffer.from(JSON.stringify(header), "utf8");
  const size = Buffer.alloc(4);
  size.writeUInt32LE(head.length);
  const prefix = 8 + 4 + head.length + terms.length;
  const pad = Buffer.alloc((4 - (prefix % 4)) % 4);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temp, [
      Buffer.from(MAGIC, "ascii"),
      size,
      head,
      terms,
      pad,
      new Uint8Array(data.offsets.buffer, data.offsets.byteOffset, data.offsets.byteLength),
      new Uint8Array(data.slots.buffer, data.slots.byteOffset, data.slots.byteLength),
      data.weights,
    ]);
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** The saved postings if the file exists, is intact and matches the fingerprint; else undefined. */
export async function loadIndexFile(path: string, fingerprint: string): Promise<StaticExport | undefined> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
  if (buf.length < 12 || buf.toString("ascii", 0, 8) !== MAGIC) return undefined;
  const headLength = buf.readUInt32LE(8);
  let header: Header;
  try {
    header = JSON.parse(buf.toString("utf8", 12, 12 + headLength)) as Header;
  } catch {
    return undefined; // a torn or foreign file: rebuilt and overwritten, which is all a cache needs
  }
  if (header.fingerprint !== fingerprint) return undefined;
  let at = 12 + headLength;
  const terms = header.terms === 0 ? [] : buf.toString("utf8", at, at + header.termBytes).split("\n");
  at += header.termBytes;
  at += (4 - (at % 4)) % 4;
  const expected = at + 4 * (header.terms + 1) + 5 * header.postings;
  if (buf.length !== expected || terms.length !== header.terms) return undefined;
  // Views on the file's own buffer when aligned (a big read gets an unpooled buffer at offset 0).
  const ints = (from: number, count: number) =>
    (buf.byteOffset + from) % 4 === 0
      ? new Int32Array(buf.buffer, buf.byteOffset + from, count)
      : new Int32Array(buf.buffer.slice(buf.byteOffset + from, buf.byteOffset + from + 4 * count));
  const offsets = ints(at, header.terms + 1);
  at += 4 * (header.terms + 1);
  const slots = ints(at, header.postings);
  at += 4 * header.postings;
  const weights = new Uint8Array(buf.buffer, buf.byteOffset + at, header.postings);
  return { papers: header.papers, terms, offsets, slots, weights };
}
