/**
 * The library core: implements every API method over the corpus store and the user-state store.
 * Plain object, no Electron: the IPC shell, the loopback server and the CLI all call this.
 * Handlers are grouped by domain in ./handlers and joined here into the one map the contract names.
 */
import { mkdir, readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { FolioHandlers } from "../../shared/api/contract";
import { parseSeedPage } from "../../shared/parsers/seed-page";
import { createSearch } from "../search/engine";
import { createParsePool } from "../workers/parse-pool";
import { createContext } from "./context";
import { Counters } from "./counters";
import { LibraryEvents } from "./events";
import { highlightHandlers } from "./handlers/highlights";
import { listHandlers } from "./handlers/lists";
import { paperHandlers } from "./handlers/papers";
import { readingHandlers } from "./handlers/reading";
import { tagHandlers } from "./handlers/tags";
import { transferHandlers } from "./handlers/transfer";
import { PaperView } from "./paper-view";
import { toPaper } from "./papers";
import { CorpusStore } from "./store/corpus-store";
import { DataDirLock } from "./store/data-dir-lock";
import { diskTrouble } from "./store/disk-errors";
import { explainFsError } from "./store/fs-errors";
import { LibraryStore, refuseNewerLibrary, type StoreTuning } from "./store/library-store";
import { UndoStack } from "./undo-stack";

/** Overlay size (papers added, edited or deleted since corpus.json was written) folded at close. */
const FOLD_OVERLAY_AT = 500;
/** Commits adding more papers than this (imports) are indexed in the background. */
const BACKGROUND_INDEXING_AT = 50;

export interface LibraryOptions {
  dataDir: string;
  /** The bundled page stored on the first start with an empty data dir. */
  seedPath?: string;
  /** Clock, for tests. */
  now?: () => Date;
  /** Storage tuning (tests make compaction frequent to exercise its crash windows). */
  tuning?: StoreTuning;
  /**
   * Open without writing anything (for a folder that cannot be written): no lock, no journal opened
   * for append, no compaction, backup, search-index file or seeding. Reads work; every write is refused.
   */
  readOnly?: boolean;
  /** Parse imports on the core's own thread, as before workers (the bench compares the two). */
  inlineParsing?: boolean;
}

export interface Library {
  readonly handlers: FolioHandlers;
  readonly events: LibraryEvents;
  /** Things the user must be told at start (a recovered file, a skipped journal line). */
  readonly notices: string[];
  readonly dataDir: string;
  readonly readOnly: boolean;
  /**
   * Tell every window the app is quitting (they save what is pending) and wait until those writes
   * have landed: no write under way for `quietMs`, or `maxMs` at most. Then call `close`.
   */
  drain(opts?: { quietMs?: number; maxMs?: number }): Promise<void>;
  /** Flush pending writes and release files. */
  close(): Promise<void>;
}

async function seedCorpus(corpus: CorpusStore, seedPath: string, now: Date): Promise<string[]> {
  const { papers, problems } = parseSeedPage(await readFile(seedPath, "utf8"));
  const source = `seed:${basename(seedPath)}`;
  await corpus.add(papers.map((p) => toPaper(p, source, now.toISOString())));
  return problems.map((p) => `The bundled corpus, line ${p.line}: ${p.message}`);
}

/** Errors of the file system (a read-only folder, a journal that is a folder) come as one sentence. */
export async function openLibrary(opts: LibraryOptions): Promise<Library> {
  try {
    return await openLibraryFiles(opts);
  } catch (err) {
    throw explainFsError(err);
  }
}

async function openLibraryFiles(opts: LibraryOptions): Promise<Library> {
  const now = opts.now ?? (() => new Date());
  const readOnly = opts.readOnly === true;
  if (!readOnly) await mkdir(opts.dataDir, { recursive: true });
  const lock = readOnly ? undefined : await DataDirLock.acquire(opts.dataDir);
  let corpus: CorpusStore;
  let store: LibraryStore;
  try {
    // A library.json from a newer Folio refuses the whole library: corpus.json is not recovered first.
    corpus = await CorpusStore.open(opts.dataDir, readOnly, () => refuseNewerLibrary(opts.dataDir));
    store = await LibraryStore.open(opts.dataDir, opts.tuning, readOnly);
  } catch (err) {
    await lock?.release();
    throw err;
  }
  const notices = [...(corpus.notice ? [corpus.notice] : []), ...store.notices];
  if (corpus.fresh && opts.seedPath && !readOnly) notices.push(...(await seedCorpus(corpus, opts.seedPath, now())));

  const events = new LibraryEvents();
  store.onBackgroundError = (err) => {
    const reason = diskTrouble(err);
    const message = reason
      ? `${reason}: library.json could not be rewritten. Every saved change is kept in the journal; Folio tries again.`
      : `Saving library.json failed: ${err.message}`;
    events.emit("notice", { level: "error", message });
  };
  // In the background (a copy of a possibly large file, needed once after an older Folio); close waits for it.
  const corpusBackup = corpus
    .backUpIfBehind()
    .catch((err: Error) =>
      events.emit("notice", { level: "error", message: `Backing up corpus.json failed: ${err.message}` }),
    );

  const view = new PaperView(corpus, store);
  const counters = new Counters();
  for (const paper of view.all()) counters.addPaper(store.state(paper.id));

  const searchTrouble = (err: Error) =>
    events.emit("notice", { level: "warning", message: `Search index: ${err.message}` });
  const search = createSearch(
    { papers: () => view.all(), paper: (id) => view.get(id), stateOf: (id) => store.state(id) },
    {
      ...(readOnly ? {} : { dataDir: opts.dataDir }),
      onError: searchTrouble,
    },
  );
  // Results are the same before and after, but ranking and speed change: let windows refresh.
  void search.whenReady.then(() => events.emit("library-changed", { scope: "state" }));
  const ctx = createContext({ view, corpus, store, counters, undo: new UndoStack(), events, search, now });
  // The index follows every commit: changed papers are re-indexed, changed states updated, deletions removed.
  ctx.afterCommit.push(async (stateIds, paperIds) => {
    const upserts = [];
    for (const id of paperIds) {
      const paper = view.get(id);
      if (paper) upserts.push(paper);
      else search.remove(id);
    }
    if (upserts.length > BACKGROUND_INDEXING_AT) {
      // An import: acknowledged once durable, not once indexed. Queries scan until the index has
      // caught up (same answers), then windows refresh for the index's ranking.
      void search
        .upsertPapers(upserts)
        .then(() => events.emit("library-changed", { scope: "state" }))
        .catch(searchTrouble);
    } else if (upserts.length > 0) await search.upsertPapers(upserts);
    for (const id of stateIds) if (view.has(id)) search.updateState(id, store.state(id));
  });
  const parser = createParsePool({ inline: opts.inlineParsing });
  const handlers: FolioHandlers = {
    ...readingHandlers(ctx),
    ...tagHandlers(ctx),
    ...highlightHandlers(ctx),
    ...paperHandlers(ctx),
    ...listHandlers(ctx),
    ...transferHandlers(ctx, parser),
  };

  /**
   * Papers added by hand or imported live in library.json's overlay until corpus.json is next written;
   * at close, a large overlay is folded into corpus.json (one write) so library.json stays small.
   */
  async function foldOverlay(): Promise<void> {
    const overlay = Object.keys(store.data.corpus);
    if (overlay.length < FOLD_OVERLAY_AT || readOnly) return;
    await corpus.replaceAll([...view.all()]);
    // A crash before this line leaves overlay entries that repeat the corpus: harmless.
    await store.put(overlay.map((id) => ({ k: "corpus", id, v: null })));
  }

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= corpusBackup
      .then(() => parser.close())
      .then(foldOverlay)
      .catch((err: Error) => console.error(`[folio] folding papers into corpus.json failed: ${err.message}`))
      .then(() => search.close())
      .then(() => store.close())
      .finally(() => lock?.release());
    return closing;
  };
  async function drain({ quietMs = 300, maxMs = 2000 } = {}): Promise<void> {
    const start = Date.now();
    events.emit("quitting", {});
    for (;;) {
      const { inFlight, last } = ctx.activity();
      const now = Date.now();
      if (now - start >= maxMs || (inFlight === 0 && now - Math.max(last, start) >= quietMs)) return;
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  return { handlers, events, notices, dataDir: opts.dataDir, readOnly, drain, close };
}
