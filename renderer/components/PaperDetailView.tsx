/**
 * One loaded paper in the detail pane: title and actions, status / priority / star, tags, the abstract
 * with its highlights, the note, and the highlights' list. Keys: t tag, n note, h highlight.
 */
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { PaperDetail as Detail, TagCount } from "../../shared/api/contract";
import type { Priority, ReadStatus } from "../../shared/model/user-state";
import type { NoteAutosaver } from "../lib/autosave";
import { describeStatusTime, formatDay } from "../lib/format";
import { anchorHighlights, type TextSpan } from "../lib/highlights";
import type { Actions } from "../state/useActions";
import { useShortcuts } from "../state/useShortcuts";
import { Abstract } from "./Abstract";
import { selectedSpan } from "./HighlightAction";
import { Highlighted } from "./Highlighted";
import { HighlightList } from "./HighlightList";
import { NoteEditor, type NoteEditorHandle } from "./NoteEditor";
import { PriorityControl } from "./PriorityControl";
import { StarToggle } from "./StarToggle";
import { StatusControl } from "./StatusControl";
import { TagEditor, type TagEditorHandle } from "./TagEditor";

interface PaperDetailViewProps {
  detail: Detail;
  allTags: readonly TagCount[];
  actions: Actions;
  saver: NoteAutosaver;
  commentSaver: NoteAutosaver;
  onInvalid(message: string): void;
  onEdit(): void;
  onDelete(): void;
}

interface Guess {
  status?: ReadStatus;
  priority?: Priority;
  starred?: boolean;
}

export function PaperDetailView(props: PaperDetailViewProps) {
  const { detail, allTags, actions, saver, commentSaver, onInvalid, onEdit, onDelete } = props;
  const { paper, state } = detail;
  const id = useId();
  // Show a choice at once; the refetch after the write confirms (or reverts) it.
  const [guess, setGuess] = useState<Guess>({});
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh detail from the core supersedes the guess
  useEffect(() => setGuess({}), [detail]);
  const status = guess.status ?? state.status;
  const priority = guess.priority ?? state.priority;
  const starred = guess.starred ?? state.starred;
  const statusTime = describeStatusTime(guess.status ? { status, statusChangedAt: new Date().toISOString() } : state);

  const abstractRef = useRef<HTMLParagraphElement>(null);
  const tagEditor = useRef<TagEditorHandle>(null);
  const noteEditor = useRef<NoteEditorHandle>(null);
  const [activeHighlight, setActiveHighlight] = useState<string>();
  const anchored = useMemo(
    () => anchorHighlights(paper.abstract, state.highlights),
    [paper.abstract, state.highlights],
  );
  const detached = useMemo(() => new Set(anchored.detached), [anchored]);
  const ordered = useMemo(() => {
    const at = new Map(anchored.placed.map((p) => [p.id, p.start]));
    const key = (hid: string) => at.get(hid) ?? Number.POSITIVE_INFINITY;
    return [...state.highlights].sort((a, b) => key(a.id) - key(b.id));
  }, [anchored, state.highlights]);

  async function highlight(span: TextSpan) {
    const done = await actions.write("addHighlight", { id: paper.id, ...span }, "Highlighting failed");
    if (done) window.getSelection()?.removeAllRanges();
  }

  async function deleteHighlight(highlightId: string) {
    // A comment still being typed is saved first, so undoing the delete brings it back whole.
    await commentSaver.flush();
    await actions.write("deleteHighlight", { id: paper.id, highlightId }, "Deleting the highlight failed");
  }

  useShortcuts({
    "focus-tags": () => tagEditor.current?.focus(),
    "focus-note": () => noteEditor.current?.focus(),
    highlight: () => {
      const span = selectedSpan(abstractRef.current, paper.abstract);
      if (!span) return false;
      void highlight(span);
      return true;
    },
  });

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
        <div className="detail-title-row">
          <h2 className="detail-title">
            <Highlighted text={paper.title} />
          </h2>
          <div className="detail-actions">
            <button type="button" className="button button-small" onClick={onEdit}>
              Edit<span className="visually-hidden"> paper</span>
            </button>
            <button type="button" className="button button-small button-danger-quiet" onClick={onDelete}>
              Delete<span className="visually-hidden"> paper</span>
            </button>
          </div>
        </div>
        {meta && <p className="detail-meta">{meta}</p>}
        <p className="detail-meta">
          Added {formatDay(paper.addedAt)}
          {paper.doi ? ` · DOI ${paper.doi}` : ""}
        </p>
      </header>

      <div className="detail-status">
        <StatusControl
          value={status}
          describedBy={statusTime ? `${id}-status-time` : undefined}
          onChange={(s) => {
            setGuess((g) => ({ ...g, status: s }));
            void actions.setStatus([paper.id], s);
          }}
        />
        <PriorityControl
          value={priority}
          onChange={(p) => {
            setGuess((g) => ({ ...g, priority: p }));
            void actions.write("setPriority", { ids: [paper.id], priority: p }, "Changing the priority failed");
          }}
        />
        <StarToggle
          starred={starred}
          onChange={(on) => {
            setGuess((g) => ({ ...g, starred: on }));
            void actions.write("setStarred", { ids: [paper.id], starred: on }, "Starring failed");
          }}
        />
        {statusTime && (
          <span id={`${id}-status-time`} className="status-time">
            {statusTime}
          </span>
        )}
      </div>

      <section className="detail-section" aria-labelledby={`${id}-tags`}>
        <h3 id={`${id}-tags`}>Tags</h3>
        <TagEditor
          ref={tagEditor}
          tags={state.tags}
          allTags={allTags}
          onAdd={(tags) => void actions.addTags([paper.id], tags)}
          onRemove={(tag) => void actions.removeTags([paper.id], [tag])}
          onInvalid={onInvalid}
        />
      </section>

      <section className="detail-section" aria-labelledby={`${id}-abstract`}>
        <h3 id={`${id}-abstract`}>Abstract</h3>
        <Abstract
          text={paper.abstract}
          links={paper.links}
          segments={anchored.segments}
          activeId={activeHighlight}
          rootRef={abstractRef}
          onHighlight={(span) => void highlight(span)}
        />
      </section>

      <section className="detail-section">
        <NoteEditor
          ref={noteEditor}
          key={paper.id}
          paperId={paper.id}
          storedNote={state.note}
          storedAt={state.noteUpdatedAt}
          saver={saver}
        />
      </section>

      <HighlightList
        key={paper.id}
        paperId={paper.id}
        highlights={ordered}
        updatedAt={state.updatedAt}
        detached={detached}
        saver={commentSaver}
        activeId={activeHighlight}
        onActive={setActiveHighlight}
        onDelete={(hid) => void deleteHighlight(hid)}
      />
    </article>
  );
}
