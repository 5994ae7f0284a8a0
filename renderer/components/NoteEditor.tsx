/**
 * The paper's Markdown note: Edit / Preview tabs, saved while typing (debounced), on blur, on paper
 * switch and when the page goes away. Mounted with `key={paperId}`, so its draft belongs to one paper.
 */
import { useEffect, useId, useState, useSyncExternalStore } from "react";
import type { NoteAutosaver } from "../lib/autosave";
import { NotePreview } from "./NotePreview";
import { SaveStatus } from "./SaveStatus";

interface NoteEditorProps {
  paperId: string;
  /** The note as the core last returned it. */
  storedNote: string;
  storedAt: string | undefined;
  saver: NoteAutosaver;
}

type Tab = "edit" | "preview";

export function NoteEditor({ paperId, storedNote, storedAt, saver }: NoteEditorProps) {
  const [draft, setDraft] = useState(() => saver.latest(paperId) ?? storedNote);
  const [tab, setTab] = useState<Tab>("edit");
  const id = useId();
  const saveState = useSyncExternalStore(saver.subscribe, () => saver.state(paperId));

  // Leaving this paper (switch or unmount) saves what is pending for it at once.
  useEffect(() => () => void saver.flush(), [saver]);

  // Take a change made elsewhere (another window) only if nothing here is unsaved and it is newer than
  // what this session saved; a late reply carrying an older note must never replace the draft.
  useEffect(() => {
    if (saver.latest(paperId) !== undefined) return;
    const mine = saver.lastSaved(paperId);
    if (mine && (storedAt === undefined || storedAt <= mine.at)) return;
    setDraft((d) => (mine === undefined || d === mine.text ? storedNote : d));
  }, [saver, paperId, storedNote, storedAt]);

  const tabId = (t: Tab) => `${id}-tab-${t}`;
  const panelId = `${id}-panel`;

  return (
    <div className="note-editor">
      <div className="note-header">
        <h3 id={`${id}-heading`}>Note</h3>
        <div className="tabs" role="tablist" aria-labelledby={`${id}-heading`}>
          {(["edit", "preview"] as const).map((t) => (
            <button
              key={t}
              id={tabId(t)}
              type="button"
              role="tab"
              aria-selected={tab === t}
              aria-controls={panelId}
              tabIndex={tab === t ? 0 : -1}
              className="tab"
              onClick={() => setTab(t)}
              onKeyDown={(e) => {
                if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
                e.preventDefault();
                const other: Tab = t === "edit" ? "preview" : "edit";
                setTab(other);
                document.getElementById(tabId(other))?.focus();
              }}
            >
              {t === "edit" ? "Edit" : "Preview"}
            </button>
          ))}
        </div>
        <SaveStatus state={saveState} storedAt={storedAt} onRetry={() => void saver.flush()} />
      </div>
      <div id={panelId} role="tabpanel" aria-labelledby={tabId(tab)} className="note-panel">
        {tab === "edit" ? (
          <textarea
            aria-label="Note"
            className="note-textarea"
            placeholder="Write a note in Markdown…"
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
              saver.edit(paperId, e.target.value);
            }}
            onBlur={() => void saver.flush()}
          />
        ) : (
          <NotePreview text={draft} />
        )}
      </div>
    </div>
  );
}
