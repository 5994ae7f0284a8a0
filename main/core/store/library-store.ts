/**
 * The user's state (library.json) = the last lowdb snapshot + the journal of edits since.
 * An edit is acknowledged once its journal line is fsynced, so its cost does not grow with the library;
 * the snapshot is rewritten (atomically, by lowdb) when edits pause, when the journal grows, and at close.
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
import { withPath } from "./fs-errors";
import { Journal, readJournal } from "./journal";
import { readOnlyRefusal } from "./read-only";
import { decodeFile, safeLoad } from "./safe-load";

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
}

const COMPACT_AFTER_IDLE_MS = 1500;
const COMPACT_AFTER_ENTRIES = 5000;
const BACKUP_EVERY_MS = 60 * 60 * 1000;
const BACKUPS_KEPT = 10;

/** Decode (migrating older versions) a parsed library.json; NewerFolioError for a newer one. */
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

  private constructor(
    private readonly db: Low<LibraryFile>,
    /** Undefined when the store is read-only. */
    private readonly openJournal: Journal | undefined,
    private readonly path: string,
    private readonly backups: Backups,
    readonly notices: string[],
    private readonly compactAfterEntries: number,
  ) {}

  /** Called when a background write fails; the edit is still in the journal. */
  onBackgroundError: (err: Error) => void = () => {};

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
    const { db, notice, created } = await safeLoad({
      path,
      decode: decodeLibrary,
      fresh: emptyLibrary,
      backups,
      readOnly,
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
    const journal = readOnly ? undefined : await Journal.open(journalPath, lastSeq);
    const store = new LibraryStore(
      db,
      journal,
      path,
      backups,
      notices,
      tuning.compactAfterEntries ?? COMPACT_AFTER_ENTRIES,
    );
    if (readOnly) return store;
    if (created || lastSeq > db.data.journalSeq) await store.compact();
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

  /** Apply one change in memory at once; `persist` makes a batch of applied changes durable. */
  apply(change: Change): void {
    if (this.closed) throw new Error("The library is closed");
    // Refused before memory changes, so a read-only library never shows an edit it could not save.
    if (this.readOnly) throw readOnlyRefusal(dirname(this.path));
    applyChange(this.db.data, change);
    this.applied += 1;
  }

  /**
   * Counts the changes applied since the library opened: the same revision means nothing changed in
   * between (so an import planned at preview still holds at commit).
   */
  get revision(): number {
    return this.applied;
  }

  /**
   * Resolve when already-applied changes are durable on disk (journal fsynced). With `atomic`, they
   * are written as one journal line, so a crash leaves all of them or none (an import).
   */
  async persist(changes: Change[], atomic = false): Promise<void> {
    if (changes.length === 0) return;
    await this.journal.append(atomic && changes.length > 1 ? [{ k: BATCH, id: "", v: changes }] : changes);
    this.entriesSinceCompact += changes.length;
    this.scheduleCompact();
  }

  /** Apply changes in memory at once, and resolve when they are durable on disk. */
  async put(changes: Change[]): Promise<void> {
    for (const c of changes) this.apply(c);
    await this.persist(changes);
  }

  /** Fold the journal into library.json (atomic write), then empty the journal. */
  compact(): Promise<void> {
    this.compacting = this.compacting.then(async () => {
      clearTimeout(this.compactTimer);
      await this.journal.settled();
      const seq = this.journal.lastSeq;
      this.db.data.journalSeq = seq;
      this.entriesSinceCompact = 0;
      await this.db.write();
      await this.journal.truncateUpTo(seq);
      if ((await this.backups.newestAge()) > BACKUP_EVERY_MS) await this.backups.take(this.path);
    });
    return this.compacting;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    if (!this.readOnly) await this.compact();
    this.closed = true;
    clearTimeout(this.compactTimer);
    await this.openJournal?.close();
  }

  private scheduleCompact(): void {
    clearTimeout(this.compactTimer);
    const run = () => this.compact().catch((err: Error) => this.onBackgroundError(err));
    if (this.entriesSinceCompact >= this.compactAfterEntries) {
      void run();
      return;
    }
    this.compactTimer = setTimeout(run, COMPACT_AFTER_IDLE_MS);
    this.compactTimer.unref();
  }
}
