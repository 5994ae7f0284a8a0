/** A read-status mark: shape and colour for the eye, the status word for screen readers (or shown). */
import type { ReadStatus } from "../../shared/model/user-state";
import { STATUS_LABELS } from "../lib/format";

interface StatusDotProps {
  status: ReadStatus;
  /** "hidden": for screen readers only; "visible": shown beside the mark; "none": decorative. */
  text?: "hidden" | "visible" | "none";
}

export function StatusDot({ status, text = "hidden" }: StatusDotProps) {
  return (
    <span className={`status-dot status-${status}`}>
      <span className="status-dot-mark" aria-hidden="true" />
      {text !== "none" && (
        <span className={text === "visible" ? "status-dot-text" : "visually-hidden"}>{STATUS_LABELS[status]}</span>
      )}
    </span>
  );
}
