/**
 * What every handler shares: the stores, the live counters, the undo stack, and `commit`, the one
 * path by which a change reaches memory, the counters, the disk, the undo stack and the listeners.
 * A commit the disk refuses (or that throws while applying) leaves all of them as they were.
 */
import type { WriteResult } from "../../shared/api/contract";
import { FolioError } from "../../shared/api/errors";
import type { PaperState } from "../../shared/model/user-state";
import type { SearchEngine } from "../search/engine";
import type { Counters } from "./counters";
import type { LibraryEvents } from "./events";
import type { PaperView } from "./paper-view";
import type { CorpusStore } from "./store/corpus-store";
import { diskTrouble } from "./store/disk-errors";
import type { Change, LibraryStore } from "./store/library-store";
import type { UndoStack, UndoStep } from "./undo-stack";

export interface LibraryContext {
  readonly view: PaperView;
  readonly corpus: CorpusStore;
  readonly store: LibraryStore;
  readonly counters: Counters;
  readonly undo: UndoStack;
  readonly events: LibraryEvents;
  readonly search: SearchEngine;
  now(): Date;
  /** Throw NOT_FOUND unless every id is a visible paper. */
  requirePapers(ids: readonly string[]): void;
  /**
   * Apply, persist (durable when it resolves) and announce changes; record an undo entry if labelled.
   * `atomic` writes them as one journal line: after a crash all of them are there or none. If it
   * rejects, nothing changed: not memory, counters, disk, undo stack nor search index.
   */
  commit(changes: Change[], undoLabel?: string, atomic?: boolean): Promise<WriteResult>;
  /** Compute new user states for papers (return undefined for "no change") and commit them. */
  editStates(
    ids: readonly string[],
    update: (state: PaperState, at: string) => PaperState | undefined,
    undoLabel?: string,
  ): Promise<WriteResult>;
  /**
   * Awaited after every commit with the ids of papers whose state changed and of those whose record
   * (corpus entry) changed: the search index follows edits through this, never by a rebuild.
   */
  /** Writes under way and when the last one started or ended (ms), so a quit can wait for them. */
  activity(): { inFlight: number; last: number };
  readonly afterCommit: ((stateIds: ReadonlySet<string>, paperIds: ReadonlySet<string>) => void | Promise<void>)[];
}

type Parts = Pick<LibraryContext, "view" | "corpus" | "store" | "counters" | "undo" | "events" | "search" | "now">;

export function createContext(parts: Parts): LibraryContext {
  const { view, store, counters, undo, events, now } = parts;
  const afterCommit: LibraryContext["afterCommit"] = [];

  function requirePapers(ids: readonly string[]): void {
    const missing = ids.filter((id) => !view.has(id));
    if (missing.length > 0) {
      throw new FolioError("NOT_FOUND", `No paper with id ${missing.slice(0, 3).join(", ")}`, missing.slice(0, 20));
    }
  }

  let inFlight = 0;
  let last = 0;
  /** Set while the disk refuses writes, so the user is told once, and told again when saving works. */
  let refusing = false;

  // Changes the disk refused were undone in the store; the counters are rebuilt from what it holds.
  store.onUndo = () => {
    counters.clear();
    for (const paper of view.all()) counters.addPaper(store.state(paper.id));
  };

  function refused(err: unknown): unknown {
    const reason = diskTrouble(err);
    if (!reason) return err;
    const message = `${reason}: this change was not saved`;
    if (!refusing) {
      refusing = true;
      events.emit("notice", {
        level: "error",
        message: `${message}. Changes are refused until there is room again; free some space and make them again.`,
      });
    }
    return new FolioError("INTERNAL", message);
  }

  async function commit(changes: Change[], undoLabel?: string, atomic = false): Promise<WriteResult> {
    inFlight += 1;
    last = Date.now();
    try {
      return await commitNow(changes, undoLabel, atomic);
    } finally {
      inFlight -= 1;
      last = Date.now();
    }
  }

  async function commitNow(changes: Change[], undoLabel: string | undefined, atomic: boolean): Promise<WriteResult> {
    const savedAt = now().toISOString();
    if (changes.length === 0) return { changed: 0, savedAt };
    const steps: UndoStep[] = [];
    const touched = new Set<string>();
    const papersTouched = new Set<string>();
    const observe = (c: Change, apply: () => void) => {
      steps.push({ k: c.k, id: c.id, before: store.get(c.k, c.id) ?? null, after: c.v });
      if (c.k === "papers") {
        const before = store.state(c.id);
        apply();
        if (view.has(c.id)) counters.update(before, store.state(c.id));
        touched.add(c.id);
      } else if (c.k === "corpus") {
        const was = view.has(c.id);
        apply();
        const is = view.has(c.id);
        if (was && !is) counters.removePaper(store.state(c.id));
        if (!was && is) counters.addPaper(store.state(c.id));
        touched.add(c.id);
        papersTouched.add(c.id);
      } else {
        apply();
      }
    };
    try {
      await store.commit(changes, { atomic, observe });
    } catch (err) {
      throw refused(err);
    }
    if (refusing) {
      refusing = false;
      events.emit("notice", { level: "info", message: "Changes are being saved again." });
    }
    if (undoLabel) undo.push({ label: undoLabel, steps });
    for (const listener of afterCommit) await listener(touched, papersTouched);
    events.emit("library-changed", {
      scope: papersTouched.size > 0 ? "corpus" : "state",
      ...(touched.size > 0 && touched.size <= 1000 ? { ids: [...touched] } : {}),
    });
    return { changed: changes.length, savedAt, ...(undoLabel ? { undoLabel } : {}) };
  }

  async function editStates(
    ids: readonly string[],
    update: (state: PaperState, at: string) => PaperState | undefined,
    undoLabel?: string,
  ): Promise<WriteResult> {
    requirePapers(ids);
    const at = now().toISOString();
    const changes: Change[] = [];
    for (const id of new Set(ids)) {
      const after = update(store.state(id), at);
      if (after) changes.push({ k: "papers", id, v: { ...after, updatedAt: at } });
    }
    return commit(changes, changes.length > 0 ? undoLabel : undefined);
  }

  const activity = () => ({ inFlight, last });
  return { ...parts, requirePapers, commit, editStates, afterCommit, activity };
}

/** "Set 3 papers to Read" for bulk actions; undefined (not undoable) for a single-paper edit. */
export function bulkLabel(ids: readonly string[], action: string): string | undefined {
  const n = new Set(ids).size;
  return n > 1 ? `${action} (${n} papers)` : undefined;
}
