/**
 * The Folio API: every method's argument (from `schemas.ts`) and result type, and the events main
 * pushes. Transports (Electron IPC, loopback HTTP, the CLI) are generated from this map.
 */
import type { Paper } from "../model/paper";
import type { PaperState, Priority, ReadStatus } from "../model/user-state";
import type { MethodArg, MethodInput, MethodName } from "./schemas";

/** A light list row: enough to draw the list, never the abstract or the note. */
export interface PaperRow {
  id: string;
  title: string;
  status: ReadStatus;
  priority: Priority;
  starred: boolean;
  tags: string[];
  hasNote: boolean;
  addedAt: string;
  updatedAt?: string;
}

export interface QueryResult {
  total: number;
  offset: number;
  items: PaperRow[];
}

export interface PaperDetail {
  paper: Paper;
  state: PaperState;
}

export interface TagCount {
  name: string;
  count: number;
  color?: string;
}

export interface LibraryStats {
  total: number;
  byStatus: Record<ReadStatus, number>;
  tags: TagCount[];
}

/** How many papers a write touched, and when it was acknowledged (durable on disk). */
export interface WriteResult {
  changed: number;
  savedAt: string;
}

export interface MethodResults {
  query: QueryResult;
  getPaper: PaperDetail;
  stats: LibraryStats;
  setStatus: WriteResult;
  addTags: WriteResult;
  removeTags: WriteResult;
  setNote: WriteResult;
}

/** What the renderer (and any client) calls: one async function per method. */
export type FolioApi = {
  [M in MethodName]: (arg: MethodInput<M>) => Promise<MethodResults[M]>;
};

/** What main implements: receives validated arguments with defaults filled in. */
export type FolioHandlers = {
  [M in MethodName]: (arg: MethodArg<M>) => Promise<MethodResults[M]>;
};

/** Events main pushes to every window / browser tab. */
export interface FolioEvents {
  "library-changed": { scope: "state" | "corpus"; ids?: string[] };
  /** Something the user must know about (a recovered file, a failed save). */
  notice: { level: "info" | "warning" | "error"; message: string };
}
export type EventName = keyof FolioEvents;
export const EVENT_NAMES = ["library-changed", "notice"] as const satisfies readonly EventName[];

export type Unsubscribe = () => void;

/** The object the preload exposes as `window.folio` (and the browser client mirrors). */
export interface FolioBridge extends FolioApi {
  on<E extends EventName>(event: E, listener: (payload: FolioEvents[E]) => void): Unsubscribe;
}
