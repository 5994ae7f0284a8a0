/** The app's one note autosaver: debounced saves through `folio.setNote` (see useAutosaver). */
import { folio } from "../api/bridge";
import type { NoteAutosaver } from "../lib/autosave";
import { useAutosaver } from "./useAutosaver";

export const NOTE_SAVE_DELAY_MS = 600;

const saveNote = (id: string, note: string) => folio.setNote({ id, note });

export function useNoteAutosave(): NoteAutosaver {
  return useAutosaver(NOTE_SAVE_DELAY_MS, saveNote, "A note was not saved");
}
