/**
 * Reading an import file: text in, the papers and problems (or a backup) out, all plain data. Run in
 * the parse worker (parse-worker.ts), so a 100 MB file never holds up the calls the core answers.
 * The result crosses back in parts of PART papers (a head, then the papers), each copied in one turn
 * of the core's event loop; `joinRead` puts them together.
 */
import type { ParsedPaper } from "../../shared/model/paper";
import type { FolioBackup } from "../formats/backup-schema";
import { type ImportFormat, type ImportRead, parseBackup, parseImport, readImport } from "../formats/import";

export interface ReadRequest {
  text: string;
  filename?: string;
  /** Given by the caller; detected from the content (the name breaks ties) when absent. */
  format?: ImportFormat;
}

/** The read with its papers left out, then the papers in order. */
export type ReadPart = { head: ImportRead } | { papers: (ParsedPaper | FolioBackup["papers"][number])[] };

const PART = 250;

function read({ text, filename, format }: ReadRequest): ImportRead {
  if (!format) return readImport(text, filename);
  if (format === "folio-json") return { format, backup: parseBackup(text) };
  return { format, result: parseImport(text, format) };
}

function papersOf(read: ImportRead): unknown[] {
  return read.format === "folio-json" ? read.backup.papers : read.result.papers;
}

export const parseTasks = {
  /** Throws (with the user's message) for an unknown format or a bad backup. */
  *read(request: ReadRequest): Generator<ReadPart> {
    const whole = read(request);
    const papers = papersOf(whole);
    const head: ImportRead =
      whole.format === "folio-json"
        ? { format: whole.format, backup: { ...whole.backup, papers: [] } }
        : { format: whole.format, result: { ...whole.result, papers: [] } };
    yield { head };
    for (let at = 0; at < papers.length; at += PART) {
      yield { papers: papers.slice(at, at + PART) } as ReadPart;
    }
  },
};

/** The read the parts of `parseTasks.read` came from. */
export function joinRead(parts: readonly ReadPart[]): ImportRead {
  const [first, ...rest] = parts;
  if (!first || !("head" in first)) throw new Error("the parser's answer has no head");
  const papers = papersOf(first.head);
  for (const part of rest) if ("papers" in part) papers.push(...part.papers);
  return first.head;
}
