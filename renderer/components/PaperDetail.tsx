/**
 * The detail pane: the selected paper (PaperDetailView), or an empty state offering to add one; and the
 * add / edit / delete dialogs, which "Add paper" requests from anywhere (toolbar, menu) open here.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { TagCount } from "../../shared/api/contract";
import { folio } from "../api/bridge";
import type { NoteAutosaver } from "../lib/autosave";
import { requestAddPaper, useAddPaperRequests } from "../state/paperRequests";
import type { Actions } from "../state/useActions";
import { useCommentAutosave } from "../state/useCommentAutosave";
import { DETAIL_PANE_ID } from "../state/useListCommands";
import type { PaperView } from "../state/usePaper";
import { ErrorBoundary } from "./ErrorBoundary";
import { PaperDetailView } from "./PaperDetailView";
import { type PaperDialog, PaperDialogs } from "./PaperDialogs";

interface PaperDetailProps {
  selectedId: string | undefined;
  view: PaperView;
  allTags: readonly TagCount[];
  actions: Actions;
  saver: NoteAutosaver;
  onInvalid(message: string): void;
  /** Show this paper (one just added), or nothing. */
  onShowPaper?(id: string | undefined): void;
  /** Papers were deleted here: drop them from the selection. */
  onDeleted?(ids: string[]): void;
  /** An informational message (e.g. the added paper already existed). */
  onInfo?(message: string): void;
}

export function PaperDetail(props: PaperDetailProps) {
  const { selectedId, view, saver, actions, onShowPaper, onDeleted, onInfo, onInvalid } = props;
  const pane = useRef<HTMLElement>(null);
  const shownId = view.detail?.paper.id;
  const commentSaver = useCommentAutosave();
  const [dialog, setDialog] = useState<PaperDialog>();

  // Another paper starts at its title, not where the previous one was scrolled to.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the shown paper changes
  useEffect(() => {
    pane.current?.scrollTo({ top: 0 });
    void commentSaver.flush();
  }, [shownId]);

  const openAdd = useCallback(() => setDialog({ kind: "add" }), []);
  useAddPaperRequests(openAdd);
  // The native menu's File > Add Paper (Electron) reaches the window as a `menu` event.
  useEffect(() => folio.on("menu", ({ command }) => command === "add-paper" && openAdd()), [openAdd]);

  const detail = view.detail;
  return (
    <section
      ref={pane}
      id={DETAIL_PANE_ID}
      // Enter / o on the list moves the focus here (not a Tab stop itself).
      tabIndex={-1}
      className="detail-pane"
      aria-label="Paper details"
      aria-busy={selectedId !== undefined && shownId !== selectedId && !view.error}
    >
      <ErrorBoundary label="The paper details" resetKey={selectedId}>
        {selectedId === undefined ? (
          <Empty />
        ) : view.error && !view.loading ? (
          <div className="empty-state" role="alert">
            <p className="empty-title">This paper could not be loaded</p>
            <p className="muted">{view.error}</p>
          </div>
        ) : !detail ? (
          <p className="muted detail-loading">Loading…</p>
        ) : (
          <PaperDetailView
            key={detail.paper.id}
            detail={detail}
            allTags={props.allTags}
            actions={actions}
            saver={saver}
            commentSaver={commentSaver}
            onInvalid={onInvalid}
            onEdit={() => setDialog({ kind: "edit", paper: detail.paper })}
            onDelete={() => setDialog({ kind: "delete", paper: detail.paper })}
          />
        )}
      </ErrorBoundary>
      <PaperDialogs
        dialog={dialog}
        actions={actions}
        onClose={() => setDialog(undefined)}
        onShowPaper={(id) => onShowPaper?.(id)}
        beforeDelete={async () => {
          await Promise.all([saver.flush(), commentSaver.flush()]);
        }}
        onDeleted={(ids) => (onDeleted ? onDeleted(ids) : onShowPaper?.(undefined))}
        onInfo={(message) => (onInfo ?? onInvalid)(message)}
      />
    </section>
  );
}

function Empty() {
  return (
    <div className="empty-state">
      <p className="empty-title">No paper selected</p>
      <p className="muted">
        Pick a paper from the list. Use <kbd>↑</kbd> <kbd>↓</kbd> or <kbd>j</kbd> <kbd>k</kbd> to move, <kbd>/</kbd> to
        search, <kbd>?</kbd> for every shortcut.
      </p>
      <button type="button" className="button" onClick={requestAddPaper}>
        Add paper
      </button>
    </div>
  );
}
