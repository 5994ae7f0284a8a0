/**
 * The library core: implements every API method over the corpus store and the user-state store.
 * Plain object, no Electron: the IPC shell, the loopback server and the CLI all call this.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { FolioHandlers, WriteResult } from "../../shared/api/contract";
import { FolioError } from "../../shared/api/errors";
import type { PaperState } from "../../shared/model/user-state";
import { parseSeedPage } from "../../shared/parsers/seed-page";
import { Counters, tagKey } from "./counters";
import { LibraryEvents } from "./events";
import { toPaper } from "./papers";
import { runQuery } from "./query";
import { CorpusStore } from "./store/corpus-store";
import { type Change, LibraryStore } from "./store/library-store";

export interface LibraryOptions {
  dataDir: string;
  /** The bundled page stored on the first start with an empty data dir. */
  seedPath?: string;
  /** Clock, for tests. */
  now?: () => Date;
}

export interface Library {
  readonly handlers: FolioHandlers;
  readonly events: LibraryEvents;
  /** Things the user must be told at start (a recovered file, a skipped journal line). */
  readonly notices: string[];
  readonly dataDir: string;
  /** Flush pending writes and release files. */
  close(): Promise<void>;
}

async function seedCorpus(corpus: CorpusStore, seedPath: string, now: Date): Promise<string[]> {
  const { papers, problems } = parseSeedPage(await readFile(seedPath, "utf8"));
  const source = `seed:${basename(seedPath)}`;
  await corpus.add(papers.map((p) => toPaper(p, source, now.toISOString())));
  return problems.map((p) => `The bundled corpus, line ${p.line}: ${p.message}`);
}

export async function openLibrary(opts: LibraryOptions): Promise<Library> {
  const now = opts.now ?? (() => new Date());
  const corpus = await CorpusStore.open(opts.dataDir);
  const store = await LibraryStore.open(opts.dataDir);
  const notices = [...(corpus.notice ? [corpus.notice] : []), ...store.notices];
  if (corpus.fresh && opts.seedPath) notices.push(...(await seedCorpus(corpus, opts.seedPath, now())));

  const events = new LibraryEvents();
  store.onBackgroundError = (err) =>
    events.emit("notice", { level: "error", message: `Saving library.json failed: ${err.message}` });

  const counters = new Counters();
  for (const paper of corpus.all()) counters.addPaper(store.state(paper.id));

  function requirePapers(ids: string[]): void {
    const missing = ids.filter((id) => !corpus.has(id));
    if (missing.length > 0) {
      throw new FolioError("NOT_FOUND", `No paper with id ${missing.slice(0, 3).join(", ")}`, missing.slice(0, 20));
    }
  }

  /** Compute new states for `ids`, keep counters in step, persist, and announce the change. */
  async function edit(
    ids: string[],
    update: (s: PaperState, at: string) => PaperState | undefined,
  ): Promise<WriteResult> {
    requirePapers(ids);
    const at = now().toISOString();
    const changes: Change[] = [];
    for (const id of new Set(ids)) {
      const before = store.state(id);
      const after = update(before, at);
      if (!after) continue;
      counters.update(before, after);
      changes.push({ k: "papers", id, v: { ...after, updatedAt: at } });
    }
    await store.put(changes);
    if (changes.length > 0) events.emit("library-changed", { scope: "state", ids: changes.map((c) => c.id) });
    return { changed: changes.length, savedAt: at };
  }

  const handlers: FolioHandlers = {
    async query(arg) {
      return runQuery(corpus.all(), (id) => store.state(id), arg);
    },

    async getPaper({ id }) {
      const paper = corpus.get(id);
      if (!paper) throw new FolioError("NOT_FOUND", `No paper with id ${id}`);
      return { paper, state: store.state(id) };
    },

    async stats() {
      return counters.snapshot(store.data.tags);
    },

    setStatus({ ids, status }) {
      return edit(ids, (s, at) =>
        s.status === status
          ? undefined
          : { ...s, status, statusChangedAt: at, ...(status === "read" ? { readAt: at } : {}) },
      );
    },

    addTags({ ids, tags }) {
      const names = tags.map((t) => counters.canonicalTag(t));
      return edit(ids, (s) => {
        const have = new Set(s.tags.map(tagKey));
        const added = names.filter((t) => {
          if (have.has(tagKey(t))) return false;
          have.add(tagKey(t));
          return true;
        });
        return added.length === 0 ? undefined : { ...s, tags: [...s.tags, ...added] };
      });
    },

    removeTags({ ids, tags }) {
      const drop = new Set(tags.map(tagKey));
      return edit(ids, (s) => {
        const kept = s.tags.filter((t) => !drop.has(tagKey(t)));
        return kept.length === s.tags.length ? undefined : { ...s, tags: kept };
      });
    },

    setNote({ id, note }) {
      return edit([id], (s, at) => (s.note === note ? undefined : { ...s, note, noteUpdatedAt: at }));
    },
  };

  return {
    handlers,
    events,
    notices,
    dataDir: opts.dataDir,
    close: () => store.close(),
  };
}
