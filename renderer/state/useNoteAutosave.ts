/**
 * The app's one note autosaver: debounced saves through `folio.setNote`, flushed when the page is
 * hidden or unloaded (Electron's main process also flushes the store at quit).
 */
import { useEffect, useMemo, useRef } from "react";
import { folio } from "../api/bridge";
import { NoteAutosaver } from "../lib/autosave";
import { useLibrary } from "./library";
import { useNotices } from "./notices";

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
        async save(id, note) {
          const result = await folio.setNote({ id, note });
          callbacks.current.refresh();
          return result;
        },
        onError: (_id, err) => callbacks.current.reportError(err, "A note was not saved"),
      }),
    [],
  );

  useEffect(() => {
    const flush = () => void saver.flush();
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flush();
    };
    window.addEventListener("beforeunload", flush);
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("beforeunload", flush);
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibility);
      flush();
    };
  }, [saver]);

  return saver;
}
