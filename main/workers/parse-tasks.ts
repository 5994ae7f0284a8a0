/**
 * Reading an import file: text in, the papers and problems (or a backup) out, all plain data. Run in
 * the parse worker (parse-worker.ts), so a 100 MB file never holds up the calls the core answers.
 */
import { type ImportFormat, type ImportRead, parseBackup, parseImport, readImport } from "../formats/import";

export interface ReadRequest {
  text: string;
  filename?: string;
  /** Given by the caller; detected from the content (the name breaks ties) when absent. */
  format?: ImportFormat;
}

export const parseTasks = {
  /** Throws (with the user's message) for an unknown format or a bad backup. */
  read({ text, filename, format }: ReadRequest): ImportRead {
    if (!format) return readImport(text, filename);
    if (format === "folio-json") return { format, backup: parseBackup(text) };
    return { format, result: parseImport(text, format) };
  },
};
