/** Display formatting shared by the list and the detail pane. */
import type { PaperState, ReadStatus } from "../../shared/model/user-state";

export const STATUS_LABELS: Readonly<Record<ReadStatus, string>> = {
  unread: "Unread",
  reading: "Reading",
  read: "Read",
};

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });
const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" });

function valid(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** "26 Nov 2026" in local time, or "" for a missing or bad timestamp. */
export function formatDay(iso: string | undefined): string {
  const d = valid(iso);
  return d ? dayFormat.format(d) : "";
}

/** "14:05" if `iso` is on the same local day as `now`, else "26 Nov 2026, 14:05". */
export function formatSavedTime(iso: string, now: Date = new Date()): string {
  const d = valid(iso);
  if (!d) return "";
  const sameDay = d.toDateString() === now.toDateString();
  return sameDay ? timeFormat.format(d) : `${dayFormat.format(d)}, ${timeFormat.format(d)}`;
}

/** "Read on 26 Nov 2026", "Reading since 3 Mar 2026", "Unread since ...", or "" when never changed. */
export function describeStatusTime(state: Pick<PaperState, "status" | "statusChangedAt">): string {
  const day = formatDay(state.statusChangedAt);
  if (!day) return "";
  switch (state.status) {
    case "read":
      return `Read on ${day}`;
    case "reading":
      return `Reading since ${day}`;
    case "unread":
      return `Unread since ${day}`;
  }
}

/** "1 paper", "86 papers", "1,204 papers". */
export function countPapers(n: number): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? "paper" : "papers"}`;
}
