/**
 * The paper's Markdown note: Edit / Preview tabs, Ctrl/Cmd+B/I/K (and a small toolbar) for bold,
 * italic and links, saved while typing (debounced), on blur, on paper switch and when the page goes
 * away. Mounted with `key={paperId}`, so its draft belongs to one paper.
 */
import {
  type ReactNode,
  type Ref,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import type { NoteAutosaver } from "../lib/autosave";
import { applyMarkdownCommand, type MarkdownCommand, markdownCommand } from "../lib/markdown-shortcuts";
import { IS_MAC } from "../state/useShortcuts";
import { NotePreview } from "./NotePreview";
import { SaveStatus } from "./SaveStatus";
import { applyTextEdit } from "./textEdit";

export interface NoteEditorHandle {
  /** Show the editor (leaving the preview) and put the caret in it. */
  focus(): void;
}

interface NoteEditorProps {
  paperId: string;
  /** The note as the core last returned it. */
  storedNote: string;
  storedAt: string | undefined;
  saver: NoteAutosaver;
  ref?: Ref<NoteEditorHandle>;
}

type Tab = "edit" | "preview";

const MOD = IS_MAC ? "⌘" : "Ctrl+";
const LINK_ICON = (
  <svg viewBox="0 0 24 24" width="15" height="15" aria-hidden="true" focusable="false">
    <path
      d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    />
  </svg>
);

const TOOLS: readonly { command: MarkdownCommand; label: string; key: string; glyph: ReactNode }[] = [
  { command: "bold", label: "Bold", key: "B", glyph: "B" },
  { command: "italic", label: "Italic", key: "I", glyph: "I" },
  { command: "link", label: "Link", key: "K", glyph: LINK_ICON },
];

export function NoteEditor({ paperId, storedNote, storedAt, saver, ref }: NoteEditorProps) {
  const [draft, setDraft] = useState(() => saver.latest(paperId) ?? storedNote);
  const [tab, setTab] = useState<Tab>("edit");
  const id = useId();
  const saveState = useSyncExternalStore(saver.subscribe, () => saver.state(paperId));
  const textarea = useRef<HTMLTextAreaElement>(null);
  const focusWanted = useRef(false);

  useImperativeHandle(ref, () => ({
    focus() {
      if (textarea.current) textarea.current.focus();
      else {
        focusWanted.current = true;
        setTab("edit");
      }
    },
  }));

  useEffect(() => {
    if (tab === "edit" && focusWanted.current) {
      focusWanted.current = false;
      textarea.current?.focus();
    }
  }, [tab]);

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

  function run(command: MarkdownCommand): void {
    const el = textarea.current;
    if (!el) return;
    applyTextEdit(el, applyMarkdownCommand(command, el.value, el.selectionStart, el.selectionEnd));
  }

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
        {tab === "edit" && (
          <div className="note-tools" role="toolbar" aria-label="Formatting" aria-controls={`${id}-textarea`}>
            {TOOLS.map((t) => (
              <button
                key={t.command}
                type="button"
                className={`icon-button note-tool note-tool-${t.command}`}
                aria-label={t.label}
                title={`${t.label} (${MOD}${t.key})`}
                // Keep the caret and selection in the note while clicking.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => run(t.command)}
              >
                <span aria-hidden="true">{t.glyph}</span>
              </button>
            ))}
          </div>
        )}
        <SaveStatus state={saveState} storedAt={storedAt} onRetry={() => void saver.flush()} />
      </div>
      <div id={panelId} role="tabpanel" aria-labelledby={tabId(tab)} className="note-panel">
        {tab === "edit" ? (
          <textarea
            ref={textarea}
            id={`${id}-textarea`}
            aria-label="Note"
            className="note-textarea"
            placeholder="Write a note in Markdown…"
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
              saver.edit(paperId, e.target.value);
            }}
            onKeyDown={(e) => {
              const command = markdownCommand(e, IS_MAC);
              if (!command) return;
              e.preventDefault();
              run(command);
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
