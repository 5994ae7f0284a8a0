/**
 * The Folio API: every method's argument (from `schemas.ts`) and result type, and the events main
 * pushes. Transports (Electron IPC, loopback HTTP, the CLI) are generated from this map.
 */

import type { z } from "zod";
import type { Paper, ParseProblem } from "../model/paper";
import type { Highlight, PaperState, Priority, ReadStatus } from "../model/user-state";
import type { EXPORT_FORMATS, IMPORT_FORMATS, MethodArg, MethodInput, MethodName, savedQuerySchema } from "./schemas";
import type { FolioShellApi } from "./shell";

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
  /** Words of the title and tags that the search text matched, for highlighting. */
  matches?: string[];
}

export interface QueryResult {
  total: number;
  offset: number;
  items: PaperRow[];
  /** Every term the search text matched (capped), for highlighting in the detail pane. */
  terms?: string[];
  /** False while the search index is still being built (the answer came from a full scan). */
  indexed?: boolean;
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

export type SavedQuery = z.output<typeof savedQuerySchema>;

export interface SmartList {
  id: string;
  name: string;
  query: SavedQuery;
  count: number;
}

export interface LibraryStats {
  total: number;
  byStatus: Record<ReadStatus, number>;
  starred: number;
  tags: TagCount[];
  smartLists: SmartList[];
  /** The label of the action `undo` would revert, if any. */
  undo?: string;
}

export interface ImportPreview {
  /** Pass to `commitImport` to carry out exactly this plan. */
  token: string;
  format: (typeof IMPORT_FORMATS)[number];
  /** Entries read from the file. */
  entries: number;
  added: number;
  merged: number;
  skipped: number;
  /** Problems the parser reported (line or record number), at most 200. */
  problems: ParseProblem[];
  /** Up to 50 titles of each kind, for the preview. */
  addedTitles: string[];
  mergedTitles: string[];
  skippedEntries: { title: string; reason: string }[];
}

export interface ImportResult extends WriteResult {
  added: number;
  merged: number;
  skipped: number;
}

export interface ExportFile {
  /** A file name (single-file formats) or a relative path inside the export folder. */
  path: string;
  content: string;
}

export interface ExportResult {
  format: (typeof EXPORT_FORMATS)[number];
  /** A name to suggest in a save dialog (a folder name for markdown-folder). */
  suggestedName: string;
  mime: string;
  papers: number;
  files: ExportFile[];
}

export interface Settings {
  theme: "system" | "light" | "dark";
}

/** How many records a write touched, when it was acknowledged (durable on disk), and its undo label. */
export interface WriteResult {
  changed: number;
  savedAt: string;
  /** Set when the action can be reverted with `undo`. */
  undoLabel?: string;
}

export interface MethodResults {
  query: QueryResult;
  getPaper: PaperDetail;
  stats: LibraryStats;
  setStatus: WriteResult;
  addTags: WriteResult;
  removeTags: WriteResult;
  setNote: WriteResult;
  setPriority: WriteResult;
  setStarred: WriteResult;
  setTagColor: WriteResult;
  renameTag: WriteResult;
  deleteTag: WriteResult;
  addHighlight: WriteResult & { highlight: Highlight };
  updateHighlight: WriteResult;
  deleteHighlight: WriteResult;
  addPaper: WriteResult & { id: string; existed: boolean };
  updatePaper: WriteResult;
  deletePapers: WriteResult;
  undo: { undone: string | null };
  previewImport: ImportPreview;
  commitImport: ImportResult;
  exportLibrary: ExportResult;
  getSettings: Settings;
  setSettings: WriteResult;
  saveSmartList: WriteResult & { id: string };
  renameSmartList: WriteResult;
  deleteSmartList: WriteResult;
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
  /**
   * The app is about to close (quit, SIGTERM to `folio serve`): save anything pending now. Main waits
   * a moment for those saves before it closes the library.
   */
  quitting: Record<string, never>;
  /** A command chosen in the native application menu (Electron only). */
  menu: { command: MenuCommand };
}
export const MENU_COMMANDS = ["import", "export", "undo", "show-shortcuts", "add-paper"] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export type EventName = keyof FolioEvents;
export const EVENT_NAMES = ["library-changed", "notice", "menu", "quitting"] as const satisfies readonly EventName[];

export type Unsubscribe = () => void;

/** The object the preload exposes as `window.folio` (and the browser client mirrors). */
export interface FolioBridge extends FolioApi {
  on<E extends EventName>(event: E, listener: (payload: FolioEvents[E]) => void): Unsubscribe;
  /** Native file dialogs (shell.ts); present in the Electron app only. */
  shell?: FolioShellApi;
}
