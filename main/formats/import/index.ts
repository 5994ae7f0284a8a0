/**
 * Import entry points. Detect, then parse:
 *
 *   detectFormat(text, filename?): ImportFormat            (detect.ts; throws when unknown)
 *   parseImport(text, format): ParseResult                 (any format except "folio-json")
 *   parseBackup(text): FolioBackup                         (the "folio-json" format; throws when bad)
 *   readImport(text, filename?): ImportRead                 (all three in one call)
 *
 * Each parser is `(text: string) => ParseResult` and never throws on bad input except when the whole
 * file is unreadable: it returns what it could read plus problems with line numbers.
 */
import type { ParseResult } from "../../../shared/model/paper";
import type { FolioBackup } from "../backup-schema";
import { parseArxivAtom } from "./arxiv-atom";
import { parseBackup } from "./backup";
import { parseBibtex } from "./bibtex";
import { parseCslJson } from "./csl-json";
import { detectFormat, type ImportFormat } from "./detect";
import { parseRis } from "./ris";
import { parseTrendingPage } from "./trending-page";
import { parseZoteroCsv } from "./zotero-csv";

export type { FolioBackup } from "../backup-schema";
export { parseBackup } from "./backup";
export { detectFormat, IMPORT_FORMATS, type ImportFormat } from "./detect";

export type PaperFormat = Exclude<ImportFormat, "folio-json">;

export const PAPER_PARSERS: Readonly<Record<PaperFormat, (text: string) => ParseResult>> = {
  "trending-page": parseTrendingPage,
  bibtex: parseBibtex,
  ris: parseRis,
  "csl-json": parseCslJson,
  "zotero-csv": parseZoteroCsv,
  "arxiv-atom": parseArxivAtom,
};

export function parseImport(text: string, format: PaperFormat): ParseResult {
  return PAPER_PARSERS[format](text);
}

export type ImportRead = { format: PaperFormat; result: ParseResult } | { format: "folio-json"; backup: FolioBackup };

/** Detect the format from the content (the name breaks ties) and read it. Throws for an unknown format or a bad backup. */
export function readImport(text: string, filename?: string): ImportRead {
  const format = detectFormat(text, filename);
  if (format === "folio-json") return { format, backup: parseBackup(text) };
  return { format, result: parseImport(text, format) };
}
