/**
 * Export entry points; each is a pure function of `{ paper, state }[]` (plus options).
 *
 *   toMarkdownFile(items): string
 *   toMarkdownFolder(items): { path: string; content: string }[]
 *   toBibtex(items): string
 *   toCsv(items, { bom? }): string
 *   toCslJson(items): string
 *   toBackup({ papers, states, tags, savedSearches }, { exportedAt }): string
 */
export { type BackupData, toBackup } from "./backup";
export { citationKeys, toBibtex } from "./bibtex";
export { toCslItems, toCslJson } from "./csl-json";
export { CSV_COLUMNS, csvRow, neutralizeCell, toCsv, unneutralizeCell } from "./csv";
export { safeFileName, uniqueFileNames } from "./filenames";
export { frontMatter, toMarkdownFile, toMarkdownFolder } from "./markdown";
export type { ExportItem } from "./types";
