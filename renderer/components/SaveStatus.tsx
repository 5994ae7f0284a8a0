/** "Saving…", "Saved 14:05", or "Not saved: <reason>" with a retry, next to the note. */
import type { ReactNode } from "react";
import type { SaveState } from "../lib/autosave";
import { formatSavedTime } from "../lib/format";

interface SaveStatusProps {
  state: SaveState;
  storedAt: string | undefined;
  onRetry(): void;
}

export function SaveStatus({ state, storedAt, onRetry }: SaveStatusProps) {
  let content: ReactNode = null;
  let tone = "";
  switch (state.kind) {
    case "pending":
    case "saving":
      content = "Saving…";
      break;
    case "saved":
      content = `Saved ${formatSavedTime(state.at)}`;
      tone = "ok";
      break;
    case "error":
      tone = "error";
      content = (
        <>
          Not saved: {state.message}{" "}
          <button type="button" className="link-button" onClick={onRetry}>
            Retry
          </button>
        </>
      );
      break;
    case "idle":
      content = storedAt ? `Saved ${formatSavedTime(storedAt)}` : null;
      tone = storedAt ? "ok" : "";
      break;
  }
  return (
    <div className={`save-status${tone ? ` save-status-${tone}` : ""}`} role="status">
      {content}
    </div>
  );
}
