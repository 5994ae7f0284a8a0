/** The detail pane: title, status, tags, abstract with its links, and the note. */
import { useEffect, useId, useRef, useState } from "react";
import type { PaperDetail as Detail, TagCount } from "../../shared/api/contract";
import type { ReadStatus } from "../../shared/model/user-state";
import type { NoteAutosaver } from "../lib/autosave";
import { describeStatusTime, formatDay } from "../lib/format";
import type { Actions } from "../state/useActions";
import type { PaperView } from "../state/usePaper";
import { Abstract } from "./Abstract";
import { ErrorBoundary } from "./ErrorBoundary";
import { NoteEditor } from "./NoteEditor";
import { StatusControl } from "./StatusControl";
import { TagEditor } from "./TagEditor";

interface PaperDetailProps {
  selectedId: string | undefined;
  view: PaperView;
  allTags: readonly TagCount[];
  actions: Actions;
  saver: NoteAutosaver;
  onInvalid(message: string): void;
}

export function PaperDetail({ selectedId, view, allTags, actions, saver, onInvalid }: PaperDetailProps) {
  const pane = useRef<HTMLElement>(null);
  const shownId = view.detail?.paper.id;
  // Another paper starts at its title, not where the previous one was scrolled to.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the shown paper changes
  useEffect(() => {
    pane.current?.scrollTo({ top: 0 });
  }, [shownId]);
  return (
    <section
      ref={pane}
      className="detail-pane"
      aria-label="Paper details"
      aria-busy={selectedId !== undefined && shownId !== selectedId && !view.error}
    >
      <ErrorBoundary label="The paper details" resetKey={selectedId}>
        <DetailBody
          selectedId={selectedId}
          view={view}
          allTags={allTags}
          actions={actions}
          saver={saver}
          onInvalid={onInvalid}
        />
      </ErrorBoundary>
    </section>
  );
}

function DetailBody({ selectedId, view, ...rest }: PaperDetailProps) {
  if (selectedId === undefined) {
    return (
      <div className="empty-state">
        <p className="empty-title">No paper selected</p>
        <p className="muted">
          Pick a paper from the list. Use <kbd>↑</kbd> <kbd>↓</kbd> or <kbd>j</kbd> <kbd>k</kbd> to move, <kbd>/</kbd>{" "}
          to search.
        </p>
      </div>
    );
  }
  if (view.error && !view.loading) {
    return (
      <div className="empty-state" role="alert">
        <p className="empty-title">This paper could not be loaded</p>
        <p className="muted">{view.error}</p>
      </div>
    );
  }
  if (!view.detail) {
    return <p className="muted detail-loading">Loading…</p>;
  }
  return <Loaded detail={view.detail} {...rest} />;
}

type LoadedProps = Omit<PaperDetailProps, "selectedId" | "view"> & { detail: Detail };

function Loaded({ detail, allTags, actions, saver, onInvalid }: LoadedProps) {
  const { paper, state } = detail;
  const statusTimeId = useId();
  // Show the chosen status at once; the refetch after the write confirms (or reverts) it.
  const [optimistic, setOptimistic] = useState<ReadStatus>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh detail from the core supersedes the guess
  useEffect(() => setOptimistic(undefined), [detail]);
  const status = optimistic ?? state.status;
  const statusTime = describeStatusTime(optimistic ? { status, statusChangedAt: new Date().toISOString() } : state);
  const meta = [
    paper.authors.slice(0, 6).join(", ") + (paper.authors.length > 6 ? " et al." : ""),
    paper.venue,
    paper.year,
  ]
    .filter((x) => x !== undefined && x !== "")
    .join(" · ");

  return (
    <article className="detail">
      <header className="detail-header">
        <h2 className="detail-title">{paper.title}</h2>
        {meta && <p className="detail-meta">{meta}</p>}
        <p className="detail-meta">Added {formatDay(paper.addedAt)}</p>
      </header>

      <div className="detail-status">
        <StatusControl
          value={status}
          describedBy={statusTime ? statusTimeId : undefined}
          onChange={(s) => {
            setOptimistic(s);
            void actions.setStatus([paper.id], s);
          }}
        />
        {statusTime && (
          <span id={statusTimeId} className="status-time">
            {statusTime}
          </span>
        )}
      </div>

      <section className="detail-section" aria-labelledby={`${statusTimeId}-tags`}>
        <h3 id={`${statusTimeId}-tags`}>Tags</h3>
        <TagEditor
          tags={state.tags}
          allTags={allTags}
          onAdd={(tags) => void actions.addTags([paper.id], tags)}
          onRemove={(tag) => void actions.removeTags([paper.id], [tag])}
          onInvalid={onInvalid}
        />
      </section>

      <section className="detail-section" aria-labelledby={`${statusTimeId}-abstract`}>
        <h3 id={`${statusTimeId}-abstract`}>Abstract</h3>
        <Abstract text={paper.abstract} links={paper.links} />
      </section>

      <section className="detail-section">
        <NoteEditor
          key={paper.id}
          paperId={paper.id}
          storedNote={state.note}
          storedAt={state.noteUpdatedAt}
          saver={saver}
        />
      </section>
    </article>
  );
}
