/** The text `folio import` prints: what the file holds and what importing it does (or did). */
import type { ImportPreview, ImportResult } from "../../shared/api/contract";
import { IMPORT_FORMAT_LABELS } from "../../shared/api/format-labels";
import { terminalSafe, withoutControls } from "./format";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function section(title: string, total: number, lines: readonly string[]): string[] {
  if (total === 0) return [];
  const more = total - lines.length;
  return [`${title} (${total}):`, ...lines.map((l) => `  ${l}`), ...(more > 0 ? [`  … and ${more} more`] : []), ""];
}

export function formatPreview(preview: ImportPreview, source: string): string {
  const lines = [
    `${terminalSafe(source)}: ${IMPORT_FORMAT_LABELS[preview.format]}, ${plural(preview.entries, "entry", "entries")}`,
    `  ${preview.added} new, ${preview.merged} merged, ${preview.skipped} skipped`,
    "",
    ...section(
      "New",
      preview.added,
      preview.addedTitles.map((t) => `+ ${terminalSafe(t)}`),
    ),
    ...section(
      "Merged into papers already in the library",
      preview.merged,
      preview.mergedTitles.map((t) => `~ ${terminalSafe(t)}`),
    ),
    ...section(
      "Skipped",
      preview.skipped,
      preview.skippedEntries.map(
        (s) => `- ${terminalSafe(s.title) || "(no title)"}: ${withoutControls(s.reason).trim()}`,
      ),
    ),
    ...section(
      "Problems in the file",
      preview.problems.length,
      preview.problems.map((p) => `line ${p.line}: ${withoutControls(p.message).trim()}`),
    ),
  ];
  return `${lines.join("\n")}\n`;
}

export function formatCommitted(result: ImportResult): string {
  if (result.added + result.merged === 0) return "Nothing was imported: there was nothing new in the file.\n";
  return `Imported ${plural(result.added, "new paper")}, merged ${result.merged}, skipped ${result.skipped}.\n`;
}

export const DRY_RUN_NOTE = "Dry run: nothing was written. Run again without --dry-run to import.\n";
