/**
 * CSV export (RFC 4180), safe to open in a spreadsheet.
 *
 *   toCsv(items: ExportItem[], opts?: { bom?: boolean }): string
 *   CSV_COLUMNS                              the header row
 *   csvRow(item): string[]                   one item's cells, before quoting
 *   neutralizeCell(cell) / unneutralizeCell(cell)
 *
 * Header row; CRLF line ends; a field is quoted when it holds , " CR or LF, with " doubled; an optional
 * UTF-8 byte-order mark so Excel reads UTF-8. A cell that begins with = + - @ tab or CR is prefixed with
 * "'" so a spreadsheet shows it as text instead of running it as a formula (so is a cell of leading
 * apostrophes before such a character, which keeps `unneutralizeCell` an exact inverse). Lists (authors,
 * tags) are joined with "; ".
 */
import type { ExportItem } from "./types";

export const CSV_COLUMNS = [
  "id",
  "title",
  "authors",
  "year",
  "venue",
  "doi",
  "arxiv",
  "url",
  "status",
  "priority",
  "starred",
  "tags",
  "note",
  "added",
  "read",
] as const;

const TRIGGER = /^'*[=+\-@\t\r]/;

export function neutralizeCell(cell: string): string {
  return TRIGGER.test(cell) ? `'${cell}` : cell;
}

export function unneutralizeCell(cell: string): string {
  return cell.startsWith("'") && TRIGGER.test(cell) ? cell.slice(1) : cell;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The cells of one item, in CSV_COLUMNS order, before quoting and neutralizing. */
export function csvRow({ paper, state }: ExportItem): string[] {
  return [
    paper.id,
    paper.title,
    paper.authors.join("; "),
    paper.year?.toString() ?? "",
    paper.venue ?? "",
    paper.doi ?? "",
    paper.arxivId ?? "",
    paper.url ?? "",
    state.status,
    state.priority,
    state.starred ? "true" : "false",
    state.tags.join("; "),
    state.note,
    paper.addedAt,
    state.readAt ?? "",
  ];
}

export function toCsv(items: ExportItem[], opts: { bom?: boolean } = {}): string {
  const lines = [[...CSV_COLUMNS], ...items.map(csvRow)].map((cells) =>
    cells.map((c) => quote(neutralizeCell(c))).join(","),
  );
  return `${opts.bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}
