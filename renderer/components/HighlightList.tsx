/**
 * The paper's highlights, under the note: each quote with its comment (edited inline and autosaved
 * like the note) and a delete button. A highlight whose words left the abstract is listed as such.
 */
import { useEffect, useId, useState, useSyncExternalStore } from "react";
import type { Highlight } from "../../shared/model/user-state";
import type { NoteAutosaver } from "../lib/autosave";
import { commentKey } from "../state/useCommentAutosave";

interface HighlightListProps {
  paperId: string;
  highlights: readonly Highlight[];
  /** When the paper's state last changed, per the core (tells a stale reply from a newer change). */
  updatedAt: string | undefined;
  /** Ids of highlights whose quote is no longer in the abstract. */
  detached: ReadonlySet<string>;
  saver: NoteAutosaver;
  activeId: string | undefined;
  onActive(id: string | undefined): void;
  onDelete(highlightId: string): void;
}

export function HighlightList(props: HighlightListProps) {
  const { paperId, highlights, updatedAt, detached, saver, activeId, onActive, onDelete } = props;
  const headingId = useId();
  return (
    <section className="detail-section highlights" aria-labelledby={headingId}>
      <h3 id={headingId}>Highlights</h3>
      {highlights.length === 0 ? (
        <p className="muted highlights-empty">
          Select words in the abstract, then press <kbd>h</kbd> or choose Highlight.
        </p>
      ) : (
        <ul className="highlight-list" aria-labelledby={headingId}>
          {highlights.map((h) => (
            <HighlightItem
              key={h.id}
              paperId={paperId}
              highlight={h}
              updatedAt={updatedAt}
              detached={detached.has(h.id)}
              saver={saver}
              active={activeId === h.id}
              onActive={onActive}
              onDelete={onDelete}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface HighlightItemProps {
  paperId: string;
  highlight: Highlight;
  updatedAt: string | undefined;
  detached: boolean;
  saver: NoteAutosaver;
  active: boolean;
  onActive(id: string | undefined): void;
  onDelete(highlightId: string): void;
}

function HighlightItem(props: HighlightItemProps) {
  const { paperId, highlight, updatedAt, detached, saver, active, onActive, onDelete } = props;
  const key = commentKey(paperId, highlight.id);
  const [draft, setDraft] = useState(() => saver.latest(key) ?? highlight.comment);
  const saveState = useSyncExternalStore(saver.subscribe, () => saver.state(key));
  const quoteId = useId();

  // A comment changed elsewhere (another window) is taken only if nothing here is unsaved and it is
  // newer than what this session saved: a late reply carrying an older comment must not win.
  useEffect(() => {
    if (saver.latest(key) !== undefined) return;
    const mine = saver.lastSaved(key);
    if (mine && (updatedAt === undefined || updatedAt <= mine.at)) return;
    setDraft((d) => (mine === undefined || d === mine.text ? highlight.comment : d));
  }, [saver, key, highlight.comment, updatedAt]);

  return (
    <li className={`highlight-item${active ? " is-active" : ""}${detached ? " is-detached" : ""}`}>
      <blockquote id={quoteId} className="highlight-quote">
        {highlight.quote}
      </blockquote>
      {detached && <p className="highlight-detached">These words are no longer in the abstract.</p>}
      <div className="highlight-row">
        <textarea
          className="highlight-comment"
          aria-label="Comment"
          aria-describedby={quoteId}
          placeholder="Add a comment…"
          rows={1}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            saver.edit(key, e.target.value);
          }}
          onFocus={() => onActive(highlight.id)}
          onBlur={() => {
            onActive(undefined);
            void saver.flush();
          }}
        />
        <button
          type="button"
          className="icon-button highlight-delete"
          aria-label="Delete highlight"
          aria-describedby={quoteId}
          title="Delete highlight"
          onClick={() => onDelete(highlight.id)}
        >
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
            <path
              d="M5 7h14M10 7V5h4v2M7 7l1 12h8l1-12"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinejoin="round"
            />
          </svg>
        </button>
      </div>
      {saveState.kind === "error" && (
        <p className="highlight-save-error" role="alert">
          Comment not saved: {saveState.message}{" "}
          <button type="button" className="link-button" onClick={() => void saver.flush()}>
            Retry
          </button>
        </p>
      )}
    </li>
  );
}
