/**
 * The user's state (library.json) = the last lowdb snapshot + the journal of edits since.
 * An edit is acknowledged once its journal line is fsynced, so its cost does not grow with the library;
 * an edit the disk refuses is undone in memory (with any made on top of it), so memory never holds what
 * the disk does not. The snapshot is rewritten (atomically) when edits pause, when the journal grows, and
 * at close; it only ever holds durable edits, and a failed rewrite is retried.
 */
import { copyFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Low } from "lowdb";
import { DEFAULT_PAPER_STATE, type PaperState, type TagMeta } from "../../../shared/model/user-state";
import {
  type CorpusEdit,
  emptyLibrary,
  type LibraryFile,
  libraryFileSchema,
  type Settings,
  type SmartListRecord,
} from "../schema/files";
import { JOURNAL_BATCH } from "../schema/journal-entry";
import { migrateLibrary } from "../schema/migrations";
import { NewerFolioError } from "../schema/versions";
import { Backups, fileStamp } from "./backups";
import type { ChunkedJSONFile } from "./chunked-json-file";
import type { OpenFile } from "./file-io";
import { withPath } from "./fs-errors";
import { Journal, readJournal } from "./journal";
import { readOnlyRefusal } from "./read-only";
import { decodeFile, safeLoad } from "./safe-load";
import { type Segment, Unconfirmed } from "./unconfirmed";

/** The record collections of library.json; each journal entry puts or deletes one record. */
export interface Collections {
  papers: PaperState;
  tags: TagMeta;
  corpus: CorpusEdit;
  smartLists: SmartListRecord;
  settings: Settings;
}
export type CollectionName = keyof Collections;
export type Change = { [K in CollectionName]: { k: K; id: string; v: Collections[K] | null } }[CollectionName];
const COLLECTIONS: ReadonlySet<string> = new Set<CollectionName>([
  "papers",
  "tags",
  "corpus",
  "smartLists",
  "settings",
]);

export interface StoreTuning {
  /** Fold the journal into library.json after this many entries (tests use a small number). */
  compactAfterEntries?: number;
  /** ... or once edits have paused this long (ms). */
  compactAfterIdleMs?: number;
  /** How long after a failed compaction (a full disk) it is tried again (ms). */
  compactRetryMs?: number;
  /** How the journal and library.json are opened for writing (tests put a full disk underneath). */
  openFile?: OpenFile;
}

export interface CommitOptions {
  /** Write the changes as one journal line: after a crash all of them are there or none (an import). */
  atomic?: boolean;
  /** Wraps the in-memory application of each change, so derived state (counters) can follow it. */
  observe?: (change: Change, apply: () => void) => void;
}

const COMPACT_AFTER_IDLE_MS = 1500;
const COMPACT_RETRY_MS = 5000;
const COMPACT_AFTER_ENTRIES = 5000;
const BACKUP_EVERY_MS = 60 * 60 * 1000;
const BACKUPS_KEPT = 10;

export function decodeLibrary(raw: unknown): LibraryFile {
  const parsed = libraryFileSchema.safeParse(migrateLibrary(raw));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`it does not match the library schema (${first?.path.join(".")}: ${first?.message})`);
  }
  return parsed.data;
}

/**
 * Throws NewerFolioError when library.json is from a newer Folio. Called before another file is
 * recovered, so a library that will be refused is left exactly as it was.
 */
export async function refuseNewerLibrary(dataDir: string): Promise<void> {
  try {
    await decodeFile(join(dataDir, "library.json"), decodeLibrary);
  } catch (err) {
    // Any other trouble with library.json is met (and told) when it is opened.
    if (err instanceof NewerFolioError) throw err;
  }
}

/** Journal kind of an all-or-nothing group of changes: one line, so a crash keeps all or none. */
const BATCH = JOURNAL_BATCH;

function recordMap(data: LibraryFile, k: string): Record<string, unknown> | undefined {
  return COLLECTIONS.has(k) ? (data[k as CollectionName] as Record<string, unknown>) : undefined;
}

function applyChange(data: LibraryFile, c: { k: string; id: string; v: unknown }): void {
  if (c.k === BATCH && Array.isArray(c.v)) {
    for (const inner of c.v as { k: string; id: string; v: unknown }[]) applyChange(data, inner);
    return;
  }
  if (!COLLECTIONS.has(c.k)) return;
  const collection = data[c.k as CollectionName] as Record<string, unknown>;
  if (c.v === null) delete collection[c.id];
  else collection[c.id] = c.v;
}

export class LibraryStore {
  private compactTimer: NodeJS.Timeout | undefined;
  private entriesSinceCompact = 0;
  private compacting: Promise<void> = Promise.resolve();
  private closed = false;
  private applied = 0;
  private undone = 0;
  private readonly unconfirmed = new Unconfirmed();

  private constructor(
    private readonly db: Low<LibraryFile>,
    private readonly file: ChunkedJSONFile<LibraryFile>,
    /** Undefined when the store is read-only. */
    private readonly openJournal: Journal | undefined,
    private readonly path: string,
    private readonly backups: Backups,
    readonly notices: string[],
    private readonly compactAfterEntries: number,
    private readonly compactAfterIdleMs: number,
    private readonly compactRetryMs: number,
  ) {}

  /** Called when a background write fails; the edit is still in the journal. */
  onBackgroundError: (err: Error) => void = () => {};
  /** Called after refused changes were undone in memory, so derived state can be rebuilt. */
  onUndo: () => void = () => {};

  /**
   * With `readOnly`, library.json is read and the journal replayed without writing anything (no journal
   * opened for append, no compaction, no backup), and every change is refused: for a folder that
   * cannot be written.
   */
  static async open(dataDir: string, tuning: StoreTuning = {}, readOnly = false): Promise<LibraryStore> {
    if (!readOnly) await mkdir(dataDir, { recursive: true });
    const path = join(dataDir, "library.json");
    const journalPath = join(dataDir, "library.journal");
    const backups = new Backups(join(dataDir, "backups"), "library", BACKUPS_KEPT);
    const { db, file, notice, created } = await safeLoad({
      path,
      decode: decodeLibrary,
      fresh: emptyLibrary,
      backups,
      readOnly,
      openFile: tuning.openFile,
    });
    const notices = notice ? [notice] : [];
    const replay = await readJournal(journalPath).catch((err: unknown) => {
      throw withPath(err, journalPath);
    });
    if (replay.problems.length > 0) {
      notices.push(...replay.problems);
      // The journal is emptied at the next compaction: keep the lines that were skipped.
      if (!readOnly) {
        const aside = `${journalPath}.corrupt-${fileStamp()}`;
        await copyFile(journalPath, aside);
        notices.push(`The journal, skipped lines included, was copied to ${aside}.`);
      }
    }
    let lastSeq = db.data.journalSeq;
    for (const entry of replay.entries) {
      if (entry.s <= db.data.journalSeq) continue;
      applyChange(db.data, entry);
      lastSeq = Math.max(lastSeq, entry.s);
    }
    const journal = readOnly
      ? undefined
      : await Journal.open(journalPath, { lastSeq, validBytes: replay.validBytes, openFile: tuning.openFile });
    const store = new LibraryStore(
      db,
      file,
      journal,
      path,
      backups,
      notices,
      tuning.compactAfterEntries ?? COMPACT_AFTER_ENTRIES,
      tuning.compactAfterIdleMs ?? COMPACT_AFTER_IDLE_MS,
      tuning.compactRetryMs ?? COMPACT_RETRY_MS,
    );
    if (readOnly) return store;
    if (created || lastSeq > db.data.journalSeq) {
      // Not fatal (a full disk at start): the journal holds the edits, and the rewrite is retried.
      await store.compact().catch((err: Error) => {
        notices.push(`library.json could not be rewritten (${err.message}); your edits are kept in the journal`);
      });
    }
    // The start-up backup (a copy of a possibly large file) runs in the background, queued ahead of any
    // later snapshot write, so it always copies the file as it was at start.
    store.compacting = store.compacting
      .then(() => backups.take(path))
      .then(
        () => undefined,
        (err: Error) => store.onBackgroundError(err),
      );
    return store;
  }

  get readOnly(): boolean {
    return this.openJournal === undefined;
  }

  /** The journal edits are appended to; a read-only store has none, so any write is refused here. */
  private get journal(): Journal {
    if (!this.openJournal) throw readOnlyRefusal(dirname(this.path));
    return this.openJournal;
  }

  get data(): Readonly<LibraryFile> {
    return this.db.data;
  }

  /** The current record of a collection, for computing an inverse (undo). */
  get<K extends CollectionName>(k: K, id: string): Collections[K] | undefined {
    const collection = this.db.data[k] as Record<string, Collections[K]>;
    return Object.hasOwn(collection, id) ? collection[id] : undefined;
  }

  state(id: string): PaperState {
    return this.get("papers", id) ?? { ...DEFAULT_PAPER_STATE, tags: [], highlights: [] };
  }

  /**
   * Counts the changes applied (or undone) since the library opened: the same revision means nothing
   * changed in between (so an import planned at preview still holds at commit).
   */
  get revision(): number {
    return this.applied;
  }

  /**
   * Apply changes in memory at once and resolve when they are durable on disk (journal fsynced). If
   * applying throws or the disk refuses them, memory is put back as the disk has it (these changes and
   * any made on top of them since), `onUndo` is called, and the promise rejects.
   */
  async commit(changes: Change[], { atomic = false, observe }: CommitOptions = {}): Promise<void> {
    if (this.closed) throw new Error("The library is closed");
    // Refused before memory changes, so a read-only library never shows an edit it could not save.
    if (this.readOnly) throw readOnlyRefusal(dirname(this.path));
    if (changes.length === 0) return;
    const segment = this.unconfirmed.open();
    let durable: Promise<number>;
    try {
      for (const c of changes) {
        const apply = () => {
          const map = recordMap(this.db.data, c.k);
          if (map) segment.remember(map, c.id);
          applyChange(this.db.data, c);
          this.applied += 1;
        };
        if (observe) observe(c, apply);
        else apply();
      }
      const items = atomic && changes.length > 1 ? [{ k: BATCH, id: "", v: changes }] : changes;
      durable = this.journal.append(items, (err) => {
        if (err === undefined) this.unconfirmed.confirm(segment);
        else this.undoFrom(segment);
      });
    } catch (err) {
      this.undoFrom(segment);
      throw err;
    }
    await durable;
    this.entriesSinceCompact += changes.length;
    this.scheduleCompact();
  }

  /** Same as `commit` without options. */
  put(changes: Change[]): Promise<void> {
    return this.commit(changes);
  }

  private undoFrom(segment: Segment): void {
    if (!this.unconfirmed.undoFrom(segment)) return;
    this.undone += 1;
    this.applied += 1;
    try {
      this.onUndo();
    } catch (err) {
      this.onBackgroundError(err as Error);
    }
  }

  /** Fold the journal into library.json (atomic write), then empty the journal. */
  compact(): Promise<void> {
    // A failed compaction was reported to its own caller; it must not stop the ones after it.
    const run = this.compacting.then(
      () => this.compactNow(),
      () => this.compactNow(),
    );
    this.compacting = run;
    return run;
  }

  private async compactNow(): Promise<void> {
    clearTimeout(this.compactTimer);
    // Start while the journal is idle (as before), so the snapshot's fsyncs do not compete with an edit's.
    await this.journal.settled();
    const seq = this.journal.lastSeq;
    const undone = this.undone;
    const folded = this.entriesSinceCompact;
    this.entriesSinceCompact = 0;
    this.db.data.journalSeq = seq;
    try {
      await this.file.write(this.db.data, async () => {
        // The snapshot may hold edits applied while it was written: each must be durable first, or the
        // snapshot is dropped, since it would save an edit the disk refused.
        await this.journal.flushed();
        if (this.undone !== undone) throw new Error("an edit was refused while library.json was written");
      });
    } catch (err) {
      this.entriesSinceCompact += folded;
      if (!this.closed) this.scheduleCompact(true);
      throw err;
    }
    await this.journal.truncateUpTo(seq);
    if ((await this.backups.newestAge()) > BACKUP_EVERY_MS) await this.backups.take(this.path);
  }

  /**
   * Fold the journal and release the files. A fold that fails (a full disk) does not fail the close:
   * every acknowledged edit is in the journal, replayed at the next start; it is reported.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.compactTimer);
    if (this.readOnly) return;
    try {
      await this.compact();
    } catch (err) {
      this.onBackgroundError(err as Error);
    } finally {
      clearTimeout(this.compactTimer);
      await this.journal.close();
    }
  }

  /** Compact soon: at once when the journal has grown, after a pause in edits, or later for a retry. */
  private scheduleCompact(retry = false): void {
    clearTimeout(this.compactTimer);
    const run = () => this.compact().catch((err: Error) => this.onBackgroundError(err));
    if (!retry && this.entriesSinceCompact >= this.compactAfterEntries) {
      void run();
      return;
    }
    this.compactTimer = setTimeout(run, retry ? this.compactRetryMs : this.compactAfterIdleMs);
    this.compactTimer.unref();
  }
}
