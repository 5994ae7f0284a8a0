/**
 * Highlight comments are autosaved like the note: debounced `folio.updateHighlight` calls (the first
 * edit after a pause sent at once), flushed on blur and when the page is hidden or unloaded.
 */
import { folio } from "../api/bridge";
import type { NoteAutosaver } from "../lib/autosave";
import { useAutosaver } from "./useAutosaver";

export const COMMENT_SAVE_DELAY_MS = 600;

/** One autosaver key per highlight: both ids, unambiguously joined. */
export const commentKey = (paperId: string, highlightId: string): string => JSON.stringify([paperId, highlightId]);

function parseCommentKey(key: string): { id: string; highlightId: string } {
  const [id, highlightId] = JSON.parse(key) as [string, string];
  return { id, highlightId };
}

const saveComment = (key: string, comment: string) => folio.updateHighlight({ ...parseCommentKey(key), comment });

export function useCommentAutosave(): NoteAutosaver {
  return useAutosaver(COMMENT_SAVE_DELAY_MS, saveComment, "A highlight comment was not saved");
}
