/**
 * Folio's search engine: full-text search with ranking, prefix and typo tolerance, the search box
 * syntax, structured filters, sorts and paging, over 100k papers, updated one paper at a time.
 *
 * API for the library core (the lead wires it in main/core/library.ts):
 *   const search = createSearch({ papers: () => corpus.all(), stateOf: (id) => store.state(id) }, { dataDir });
 *   handlers.query = async (arg) => search.query(arg);       // -> { total, offset, items, terms, indexed }
 *   after an edit:   search.updateState(id, newState)          // note / tags / highlights / status ...
 *   after an import: await search.upsertPapers(papers)         // in slices; or upsertPaper(paper, state)
 *   after a delete:  search.remove(id)
 *   at close:        await search.close()
 * `ready` / `whenReady` tell when the index is built; before that `query` answers correctly by scanning,
 * and so it does while `upsertPapers` catches the index up with an import (`current` is false then).
 * Call the mutators AFTER the source (corpus / store) reflects the change: during the build they are
 * queued by id and replayed from the source when the build ends.
 *
 * Why a purpose-built index, not a library. Measured on this machine (2 shared cores, Node 20) with the
 * bench's corpus (title ~80 chars, abstract ~1500, ~6 tags, notes on 10%) and its 206 typed queries
 * (free text only: prefix on the last word, one typo from 5 letters), each library in its own process:
 *
 *                      build    heap     query p50 / p95    update one   serialized   load
 *   MiniSearch 7  10k    3.2 s    82 MB    5.3 / 177 ms       0.5 ms       17 MB       0.7 s
 *                100k     56 s   834 MB    274 / 8456 ms      5.7 ms      189 MB      10.3 s
 *   FlexSearch .8 10k    8.8 s   115 MB    0.8 / 5.5 ms        57 ms       44 MB       0.4 s
 *                100k    302 s   940 MB     29 / 185 ms       268 ms      516 MB       5.5 s
 *   this engine   10k    0.8 s    47 MB    0.9 / 3.3 ms      ~0.1 ms       8 MB       0.2 s
 *                100k     10 s   178 MB    4.7 / 28 ms       ~0.3 ms      84 MB       1.8 s
 *   (Its query figures are over the full queries: filters, sorts, pages. `npm run bench` re-measures
 *   everything; `-- --compare 10000,100000` also re-runs the libraries at 100k, which takes ~10 min.)
 * MiniSearch has every feature (prefix, fuzzy, boosts, discard) but keeps a Map per term and field, and
 * a 1-2 letter prefix while typing expands to thousands of terms scored through generic objects.
 * FlexSearch queries fast but has no edit-distance typo tolerance and no field boosts in one ranked list,
 * its forward tokenizer makes it slow to build and big, and an update rescans its maps. Neither fits
 * 100k papers in the 600 MB / 10 s / 16 ms budget. This engine keeps title+abstract postings
 * append-only in typed arrays (5 bytes a posting: ~85 MB for 16.7M postings at 100k; varint gaps
 * would roughly halve that at the cost of a branchier inner loop), user text in small editable lists,
 * per-paper facts for filters, pages through a bounded heap, and saves the title+abstract half as
 * `search-index.bin` so a start with an unchanged corpus skips tokenizing (100k: ~1.8 s instead of ~10 s).
 *
 * Why built in slices on the main thread, not in a worker: the index must live where the corpus is
 * (a worker would need its own copy of ~160 MB of text at 100k, and every query would cross threads),
 * and building it is a few seconds of CPU, none of it on a later start with an unchanged corpus; in
 * slices of `chunkMs` with `setImmediate` between them it never holds the event loop longer than a slice.
 */
import { join } from "node:path";
import type { Paper } from "../../shared/model/paper";
import type { PaperState } from "../../shared/model/user-state";
import { type ParsedQuery, parseQuery } from "../../shared/search/query-syntax";
import { factsOf, TagRegistry } from "./facts";
import { compileFilter, type QueryArg } from "./filters";
import { corpusFingerprint, loadIndexFile, saveIndexFile } from "./index-file";
import { type IndexedDoc, queryIndex, queryScan, type ScanSource, type SearchResult } from "./run-query";
import { Slicer } from "./slices";
import { TextIndex } from "./text-index";
import { indexTextSearch, scanTextSearch, type TextSearchResult } from "./text-search";
import { TitleOrder } from "./title-order";

export type { SearchResult, SearchRow } from "./run-query";
export type { TextSearchResult } from "./text-search";

export interface SearchSource extends ScanSource {
  /** Every paper, in import order. */
  papers(): Iterable<Paper>;
  /** One paper as it is now (undefined once deleted). */
  paper(id: string): Paper | undefined;
  stateOf(id: string): PaperState;
}

export interface SearchOptions {
  /** Longest slice of build work between yields to the event loop (ms). Default 8. */
  chunkMs?: number;
  /** Start building at once (default). With false, call `start()`; until then queries scan. */
  start?: boolean;
  /**
   * Keep the title/abstract postings in `<dataDir>/search-index.bin` (a cache keyed by a corpus
   * fingerprint), so later starts with the same corpus skip tokenizing every abstract.
   */
  dataDir?: string;
  /** A failure to read or write the index file (the index is then built from the text). Default: console.warn. */
  onError?: (err: Error) => void;
}

export const INDEX_FILE = "search-index.bin";

type Pending = { paper?: Paper } | null;

export class SearchEngine {
  private readonly index = new TextIndex();
  private readonly tags = new TagRegistry();
  private readonly titles = new TitleOrder();
  private readonly slotOf = new Map<string, number>();
  private readonly docs: (IndexedDoc | undefined)[] = [];
  private pending: Map<string, Pending> | undefined = new Map();
  private building: Promise<void> | undefined;
  /** The next paper's place in the library's order (ties in every sort follow it). */
  private nextOrder = 0;
  private closed = false;
  private saving: Promise<unknown> = Promise.resolve();
  /** Imports being indexed in slices: until they are in, the index would miss them, so queries scan. */
  private catchingUp = 0;
  private markReady: () => void = () => {};
  /** Resolves when the index is built (never rejects; a closed or failed engine resolves too). */
  readonly whenReady: Promise<void>;
  /** Number of slices the build yielded between, for tests and reports. */
  buildSlices = 0;
  /** True when the build started from a saved index file. */
  loadedIndex = false;

  constructor(
    private readonly source: SearchSource,
    private readonly opts: SearchOptions = {},
  ) {
    this.whenReady = new Promise((resolve) => {
      this.markReady = resolve;
    });
    if (opts.start !== false) void this.start();
  }

  get ready(): boolean {
    return this.pending === undefined;
  }

  /** Built and not catching up with an import: queries go to the index. */
  get current(): boolean {
    return this.ready && this.catchingUp === 0;
  }

  /**
   * Build the index in slices; resolves when ready. Idempotent. Should the build fail, the error goes
   * to `onError`, `whenReady` resolves with `ready` still false, and queries keep scanning (correct, slower).
   */
  start(): Promise<void> {
    // Begin on a later turn of the event loop: whoever created the engine (opening the library) and
    // the first page of rows it asks for come first; until the index is ready queries scan.
    this.building ??= new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.build())
      .catch((err: Error) => {
        this.fail(err);
        this.markReady();
      });
    return this.building;
  }

  query(arg: QueryArg): SearchResult {
    const q = parseQuery(arg.text);
    const filter = compileFilter(arg, q, this.tags);
    if (!this.current) return queryScan(this.source, this.tags, arg, q, filter);
    return queryIndex({ index: this.index, docs: this.docs, titles: this.titles }, arg, q, filter);
  }

  /** Text match alone (no filters), ranked by score. */
  search(q: ParsedQuery): TextSearchResult {
    return this.current ? indexTextSearch(this.index, this.docs, q) : scanTextSearch(this.source, q);
  }

  upsertPaper(paper: Paper, state: PaperState): void {
    if (this.pending) {
      this.pending.set(paper.id, { paper });
      return;
    }
    const slot = this.slotOf.get(paper.id);
    const doc = slot === undefined ? undefined : this.docs[slot];
    if (doc && doc.paper.title === paper.title && doc.paper.abstract === paper.abstract) {
      doc.paper = paper;
      this.setState(slot as number, doc, state);
      return;
    }
    const order = doc ? doc.order : this.nextOrder++;
    if (doc) this.remove(paper.id);
    this.titles.add(this.add(paper, state, order), paper.title);
  }

  updateState(id: string, state: PaperState): void {
    if (this.pending) {
      if (!this.pending.has(id)) this.pending.set(id, {});
      return;
    }
    const slot = this.slotOf.get(id);
    const doc = slot === undefined ? undefined : this.docs[slot];
    if (doc) this.setState(slot as number, doc, state);
  }

  remove(id: string): void {
    if (this.pending) {
      this.pending.set(id, null);
      return;
    }
    const slot = this.slotOf.get(id);
    const doc = slot === undefined ? undefined : this.docs[slot];
    if (slot === undefined || !doc) return;
    this.index.removePaper(slot, doc.paper);
    this.titles.remove(slot);
    this.docs[slot] = undefined;
    this.slotOf.delete(id);
  }

  /** Stop a build in progress and wait for an index file being written. */
  async close(): Promise<void> {
    this.closed = true;
    this.markReady();
    await this.saving;
  }

  /**
   * Add or update many papers (an import) in slices; resolves when all are in the index and in title
   * order. Meanwhile queries scan (same answers). Before the index is ready they are queued like
   * single upserts.
   */
  async upsertPapers(papers: readonly Paper[]): Promise<void> {
    if (this.pending) {
      for (const p of papers) this.pending.set(p.id, { paper: p });
      return;
    }
    this.catchingUp += 1;
    try {
      await this.indexMany(papers);
    } finally {
      this.catchingUp -= 1;
    }
  }

  private async indexMany(papers: readonly Paper[]): Promise<void> {
    const slicer = new Slicer(this.opts.chunkMs ?? 8);
    const titles: [number, string][] = [];
    for (const given of papers) {
      if (this.closed) return;
      // Read it again: the loop yields, and meanwhile the paper may have been edited or deleted.
      const paper = this.source.paper(given.id);
      if (!paper) continue;
      const slot = this.slotOf.get(paper.id);
      const doc = slot === undefined ? undefined : this.docs[slot];
      if (doc && doc.paper.title === paper.title && doc.paper.abstract === paper.abstract) {
        doc.paper = paper;
        this.setState(slot as number, doc, this.source.stateOf(paper.id));
      } else {
        const order = doc ? doc.order : this.nextOrder++;
        if (doc) this.remove(paper.id);
        titles.push([this.add(paper, this.source.stateOf(paper.id), order), paper.title]);
      }
      if (slicer.due()) await slicer.pause();
    }
    // Papers deleted since they were added here have left the index already.
    await this.titles.addAll(
      titles.filter(([slot]) => this.docs[slot] !== undefined),
      slicer,
    );
  }

  private async build(): Promise<void> {
    const slicer = new Slicer(this.opts.chunkMs ?? 8);
    const papers = [...this.source.papers()];
    const file = this.opts.dataDir ? join(this.opts.dataDir, INDEX_FILE) : undefined;
    const fingerprint = file ? await corpusFingerprint(papers, slicer) : "";
    const saved = file ? await loadIndexFile(file, fingerprint).catch((err: Error) => this.fail(err)) : undefined;
    if (saved && saved.papers === papers.length) {
      this.index.importStatic(saved);
      this.loadedIndex = true;
    }
    const titles: [number, string][] = [];
    for (const paper of papers) {
      if (this.closed) return;
      const state = this.source.stateOf(paper.id);
      const order = this.nextOrder++;
      titles.push([this.loadedIndex ? this.adopt(paper, state, order) : this.add(paper, state, order), paper.title]);
      if (slicer.due()) await slicer.pause();
    }
    if (file && !this.loadedIndex) {
      const data = await this.index.exportStatic(slicer);
      this.saving = saveIndexFile(file, fingerprint, data).catch((err: Error) => this.fail(err));
    }
    await this.index.trim(slicer);
    await this.index.vocab.prepare(slicer);
    await this.titles.addAll(titles, slicer);
    this.buildSlices = slicer.pauses + 1;
    const pending = this.pending ?? new Map<string, Pending>();
    this.pending = undefined;
    for (const [id, change] of pending) {
      if (change === null) this.remove(id);
      else if (change.paper) this.upsertPaper(change.paper, this.source.stateOf(id));
      else this.updateState(id, this.source.stateOf(id));
    }
    this.markReady();
  }

  /** A paper whose title and abstract postings came from the saved index: only its user text is added. */
  private adopt(paper: Paper, state: PaperState, order: number): number {
    const slot = this.docs.length;
    this.slotOf.set(paper.id, slot);
    this.docs.push({ paper, state, facts: factsOf(paper, state, this.tags), order });
    this.index.setState(slot, state);
    return slot;
  }

  private fail(err: Error): undefined {
    (this.opts.onError ?? ((e: Error) => console.warn(`folio: search index file: ${e.message}`)))(err);
    return undefined;
  }

  private add(paper: Paper, state: PaperState, order: number): number {
    const slot = this.docs.length;
    this.slotOf.set(paper.id, slot);
    this.docs.push({ paper, state, facts: factsOf(paper, state, this.tags), order });
    this.index.addPaper(slot, paper, state);
    return slot;
  }

  private setState(slot: number, doc: IndexedDoc, state: PaperState): void {
    doc.state = state;
    doc.facts = factsOf(doc.paper, state, this.tags);
    this.index.setState(slot, state);
  }
}

export function createSearch(source: SearchSource, opts?: SearchOptions): SearchEngine {
  return new SearchEngine(source, opts);
}
