/**
 * The app's one note autosaver: debounced saves through `folio.setNote`, flushed when the page is
 * hidden or unloaded (Electron's main process also flushes the store at quit).
 */
import { useCallback, useMemo, useRef } from "react";
import { folio } from "../api/bridge";
import { NoteAutosaver } from "../lib/autosave";
import { useLibrary } from "./library";
import { useNotices } from "./notices";
import { useFlushOnLeave } from "./useFlushOnLeave";

export const NOTE_SAVE_DELAY_MS = 600;

export function useNoteAutosave(): NoteAutosaver {
  const { refresh } = useLibrary();
  const { reportError } = useNotices();
  // The saver lives as long as the app; its callbacks read the latest context through refs.
  const callbacks = useRef({ refresh, reportError });
  callbacks.current = { refresh, reportError };

  const saver = useMemo(
    () =>
      new NoteAutosaver({
        delay: NOTE_SAVE_DELAY_MS,
        // A short edit right before quitting is already on its way when the app goes away.
        leading: true,
        async save(id, note) {
          const result = await folio.setNote({ id, note });
          callbacks.current.refresh();
          return result;
        },
        onError: (_id, err) => callbacks.current.reportError(err, "A note was not saved"),
      }),
    [],
  );

  const flush = useCallback(() => void saver.flush(), [saver]);
  useFlushOnLeave(flush);

  return saver;
}
