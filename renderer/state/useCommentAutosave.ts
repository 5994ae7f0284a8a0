/**
 * Highlight comments are autosaved like the note: debounced `folio.updateHighlight` calls (the first
 * edit after a pause sent at once), flushed on blur and when the page is hidden or unloaded.
 */
import { useCallback, useMemo, useRef } from "react";
import { folio } from "../api/bridge";
import { NoteAutosaver } from "../lib/autosave";
import { useLibrary } from "./library";
import { useNotices } from "./notices";
import { useFlushOnLeave } from "./useFlushOnLeave";

export const COMMENT_SAVE_DELAY_MS = 600;

/** One autosaver key per highlight: both ids, unambiguously joined. */
export const commentKey = (paperId: string, highlightId: string): string => JSON.stringify([paperId, highlightId]);

function parseCommentKey(key: string): { id: string; highlightId: string } {
  const [id, highlightId] = JSON.parse(key) as [string, string];
  return { id, highlightId };
}

export function useCommentAutosave(): NoteAutosaver {
  const { refresh } = useLibrary();
  const { reportError } = useNotices();
  // The saver lives as long as the pane; its callbacks read the latest context through refs.
  const callbacks = useRef({ refresh, reportError });
  callbacks.current = { refresh, reportError };

  const saver = useMemo(
    () =>
      new NoteAutosaver({
        delay: COMMENT_SAVE_DELAY_MS,
        leading: true,
        async save(key, comment) {
          const result = await folio.updateHighlight({ ...parseCommentKey(key), comment });
          callbacks.current.refresh();
          return result;
        },
        onError: (_key, err) => callbacks.current.reportError(err, "A highlight comment was not saved"),
      }),
    [],
  );

  const flush = useCallback(() => void saver.flush(), [saver]);
  useFlushOnLeave(flush);

  return saver;
}
