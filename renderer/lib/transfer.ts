/** The pure part of the import and export dialogs: choices, labels, and the export argument. */
import type { ImportPreview } from "../../shared/api/contract";
import { EXPORT_FORMAT_LABELS, type ExportFormat } from "../../shared/api/format-labels";
import type { MethodInput } from "../../shared/api/schemas";
import { type ListQuery, queryArg } from "./list-query";

/** What an import reads: a file's text and name (the name helps detection), or pasted text. */
export interface ImportSource {
  text: string;
  filename?: string;
}

/** The file chooser's filter: the extensions Folio's formats usually have (the content decides). */
export const IMPORT_ACCEPT = [
  ".bib",
  ".bibtex",
  ".biblatex",
  ".ris",
  ".json",
  ".csv",
  ".xml",
  ".atom",
  ".txt",
  ".md",
].join(",");

export function importSummary(p: Pick<ImportPreview, "added" | "merged" | "skipped">): string {
  return `${p.added} new, ${p.merged} merged, ${p.skipped} skipped`;
}

export function countPapersLabel(n: number): string {
  return `${n} ${n === 1 ? "paper" : "papers"}`;
}

export interface ExportChoice {
  format: ExportFormat;
  label: string;
  description: string;
}

export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { format: "markdown", label: EXPORT_FORMAT_LABELS.markdown, description: "One .md file: every paper with its note" },
  {
    format: "markdown-folder",
    label: EXPORT_FORMAT_LABELS["markdown-folder"],
    description: "One .md file per paper with front matter, for Obsidian and other note apps",
  },
  { format: "bibtex", label: EXPORT_FORMAT_LABELS.bibtex, description: "For LaTeX, Zotero, JabRef" },
  { format: "csv", label: EXPORT_FORMAT_LABELS.csv, description: "For spreadsheets" },
  { format: "csl-json", label: EXPORT_FORMAT_LABELS["csl-json"], description: "For Zotero, Pandoc and citation tools" },
  {
    format: "json",
    label: EXPORT_FORMAT_LABELS.json,
    description: "Everything, to restore or move to another computer",
  },
];

export type ExportScope = "all" | "query" | "ids";

/**
 * The list's query as an export filter: the sidebar's priority and star filters travel in the search
 * text, as they do for the list itself (`queryArg`), so the export holds exactly the papers listed.
 */
export function exportQuery(q: ListQuery): NonNullable<MethodInput<"exportLibrary">["query"]> {
  const { text, status, tags, tagMode, sort } = queryArg(q, 0, 0);
  return { text, ...(status ? { status } : {}), tags, tagMode, sort };
}

export function exportArg(
  format: ExportFormat,
  scope: ExportScope,
  opts: { query: ListQuery; ids: readonly string[]; bom: boolean },
): MethodInput<"exportLibrary"> {
  const base = { format, ...(format === "csv" && opts.bom ? { bom: true } : {}) };
  if (scope === "query") return { ...base, scope, query: exportQuery(opts.query) };
  if (scope === "ids") return { ...base, scope, ids: [...opts.ids] };
  return { ...base, scope: "all" };
}
