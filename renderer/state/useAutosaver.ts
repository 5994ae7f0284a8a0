/**
 * A debounced autosaver (the note, highlight comments) that lives as long as its component: the first
 * edit after a pause is sent at once, the rest of a burst after `delay`; every save refreshes the list;
 * failures are reported; anything pending is saved when the user may be leaving (useFlushOnLeave).
 */
import { useCallback, useMemo, useRef } from "react";
import { NoteAutosaver } from "../lib/autosave";
import { useLibrary } from "./library";
import { useNotices } from "./notices";
import { useFlushOnLeave } from "./useFlushOnLeave";

export function useAutosaver(
  delay: number,
  save: (key: string, text: string) => Promise<{ savedAt: string }>,
  failure: string,
): NoteAutosaver {
  const { refresh } = useLibrary();
  const { reportError } = useNotices();
  // The saver is made once; its callbacks read the latest context through a ref.
  const latest = useRef({ refresh, reportError, save });
  latest.current = { refresh, reportError, save };

  const saver = useMemo(
    () =>
      new NoteAutosaver({
        delay,
        // A short edit right before quitting is already on its way when the app goes away.
        leading: true,
        async save(key, text) {
          const result = await latest.current.save(key, text);
          latest.current.refresh();
          return result;
        },
        onError: (_key, err) => latest.current.reportError(err, failure),
      }),
    [delay, failure],
  );

  const flush = useCallback(() => void saver.flush(), [saver]);
  useFlushOnLeave(flush);
  return saver;
}
