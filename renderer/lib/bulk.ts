/** What the organize keys and the bulk bar write, decided from what the list shows. */
import { PRIORITIES, type Priority } from "../../shared/model/user-state";

/** `p`: none -> low -> medium -> high -> none. */
export function nextPriority(current: Priority | undefined): Priority {
  const at = PRIORITIES.indexOf(current ?? "none");
  return PRIORITIES[(at + 1) % PRIORITIES.length] ?? "none";
}

export const PRIORITY_LABELS: Readonly<Record<Priority, string>> = {
  none: "None",
  low: "Low",
  medium: "Medium",
  high: "High",
};
