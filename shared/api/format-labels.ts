/** Human names of the import and export formats, for the CLI's report and the app's dialogs. */
import type { EXPORT_FORMATS, IMPORT_FORMATS } from "./schemas";

export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const IMPORT_FORMAT_LABELS: Readonly<Record<ImportFormat, string>> = {
  "trending-page": "trending-papers page",
  bibtex: "BibTeX",
  ris: "RIS",
  "csl-json": "CSL-JSON",
  "zotero-csv": "Zotero CSV",
  "arxiv-atom": "arXiv Atom feed",
  "folio-json": "Folio backup",
};

export const EXPORT_FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = {
  markdown: "Markdown file",
  "markdown-folder": "Markdown folder",
  bibtex: "BibTeX",
  csv: "CSV",
  "csl-json": "CSL-JSON",
  json: "Folio backup (JSON)",
};
