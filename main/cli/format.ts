/** Output formatting for the CLI: the `list` entries, as JSON or as a plain-text table. */
import type { PaperDetail } from "../../shared/api/contract";
import type { Paper } from "../../shared/model/paper";
import type { PaperState } from "../../shared/model/user-state";

/** What `folio list --json` prints per paper. */
export type ListEntry = Pick<Paper, "id" | "title" | "abstract" | "links"> &
  Pick<PaperState, "status" | "tags" | "note" | "priority" | "starred">;

export function toListEntry({ paper, state }: PaperDetail): ListEntry {
  return {
    id: paper.id,
    title: paper.title,
    abstract: paper.abstract,
    links: paper.links,
    status: state.status,
    tags: state.tags,
    note: state.note,
    priority: state.priority,
    starred: state.starred,
  };
}

/**
 * One line of terminal-safe text: control characters (escape sequences a title could smuggle in) and
 * bidirectional overrides become spaces, runs of whitespace collapse.
 */
export function terminalSafe(text: string): string {
  return withoutControls(text).replace(/\s+/g, " ").trim();
}

/** Control characters and bidirectional overrides as spaces; other spacing kept (a message may quote it). */
export function withoutControls(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, " ");
}

function fitWidth(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text.padEnd(width) : `${chars.slice(0, width - 1).join("")}…`;
}

const MAX_TAGS_WIDTH = 30;

/** STATUS, TAGS, TITLE: one paper per line. */
export function formatTable(entries: readonly ListEntry[]): string {
  if (entries.length === 0) return "No papers.\n";
  const rows = entries.map((e) => ({
    status: e.status,
    tags: terminalSafe(e.tags.join(", ")),
    title: terminalSafe(e.title),
  }));
  // A loop, not Math.max(...rows): spreading 100,000 arguments overflows the stack.
  let statusWidth = "STATUS".length;
  let tagsWidth = "TAGS".length;
  for (const r of rows) {
    statusWidth = Math.max(statusWidth, r.status.length);
    tagsWidth = Math.min(MAX_TAGS_WIDTH, Math.max(tagsWidth, [...r.tags].length));
  }
  const line = (status: string, tags: string, title: string) =>
    `${status.padEnd(statusWidth)}  ${fitWidth(tags, tagsWidth)}  ${title}`.trimEnd();
  return `${[line("STATUS", "TAGS", "TITLE"), ...rows.map((r) => line(r.status, r.tags, r.title))].join("\n")}\n`;
}

export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
