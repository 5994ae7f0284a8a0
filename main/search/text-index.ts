/**
 * The full-text index: papers live in integer slots (assigned in import order, never reused), static
 * text in append-only compact postings, user text in editable postings. Ranking: a term in a paper
 * scores idf(term) * matchWeight (exact 1, prefix .7, typo .5) * log2(1 + field-weighted frequency);
 * per query word a paper takes its best static (title/abstract) plus its best dynamic (note/tags/
 * highlights) term score; a paper must match every word (AND) and its score is the sum.
 * Updating one paper touches only that paper's terms; results equal those of a fresh build.
 */
import type { Paper } from "../../shared/model/paper";
import type { PaperState } from "../../shared/model/user-state";
import { tokenize } from "../../shared/search/text";
import { dynamicTerms, FIELD_WEIGHT, staticTerms } from "./doc-text";
import { grown, int32, uint8 } from "./grow";
import type { StaticExport } from "./index-file";
import { DynamicPostings, StaticPostings } from "./postings";
import type { Slicer } from "./slices";
import { Vocabulary } from "./vocabulary";

export interface QueryWord {
  word: string;
  /** Also match terms starting with the word. */
  prefix: boolean;
  /** Also match terms one typo away (words of 5+ letters). */
  fuzzy: boolean;
}

export interface TextHits {
  /** Matching slots, ascending. */
  slots: Int32Array;
  /** Score per slot (indexed by slot; only meaningful for `slots`). */
  scores: Float64Array;
  /** Matched terms, for highlighting. */
  terms: string[];
}

const MAX_REPORTED_TERMS = 200;
const CACHED_ANSWERS = 4;

interface Scratch {
  total: Float64Array;
  /** Per query word: a paper's best static (title/abstract) and dynamic (note/tags/highlights) score. */
  bestS: Float64Array;
  bestD: Float64Array;
  /** How many query words a paper has matched so far. */
  count: Uint16Array;
  /** Papers the last query's first word touched (whose total/count are set), and how many. */
  first: Int32Array;
  firstLen: number;
  /** Papers still matching every word so far. */
  cand: Int32Array;
}

function scratchFor(n: number): Scratch {
  const size = Math.max(1024, n * 2);
  return {
    total: new Float64Array(size),
    bestS: new Float64Array(size),
    bestD: new Float64Array(size),
    count: new Uint16Array(size),
    first: new Int32Array(size),
    firstLen: 0,
    cand: new Int32Array(size),
  };
}
/** log2(1 + w) for every weight byte. */
const LOG2_1P = Float64Array.from({ length: 256 }, (_, w) => Math.log2(1 + w));

export class TextIndex {
  readonly vocab = new Vocabulary();
  private readonly stat = new StaticPostings();
  private readonly dyn = new DynamicPostings();
  private alive = new Uint8Array(1024);
  private scratch = new Int32Array(1024);
  private work = scratchFor(0);
  /** Bumped by every change, so cached answers are never stale. */
  private version = 0;
  private cacheVersion = 0;
  private readonly cache = new Map<string, TextHits>();
  private readonly dynTerms: (Int32Array | undefined)[] = [];
  private slots = 0;
  private live = 0;

  get slotCount(): number {
    return this.slots;
  }

  get liveCount(): number {
    return this.live;
  }

  /**
   * The static postings of a freshly built index (slots 0..n-1, none removed), for saving; call it
   * before any other change (the build's queued edits wait until it is done).
   */
  async exportStatic(slicer: Slicer): Promise<StaticExport> {
    if (this.live !== this.slots) throw new Error("only a freshly built index can be exported");
    const terms = this.vocab.terms.slice();
    return { papers: this.slots, terms, ...(await this.stat.pack(terms.length, slicer)) };
  }

  /** Start from saved static postings (an empty index only); user text is added with setState. */
  importStatic(data: StaticExport): void {
    if (this.slots !== 0 || this.vocab.size !== 0) throw new Error("the index is not empty");
    data.terms.forEach((term, id) => {
      this.vocab.intern(term);
      this.vocab.df[id] = (data.offsets[id + 1] as number) - (data.offsets[id] as number);
    });
    this.stat.unpack(
      data.offsets as Int32Array<ArrayBuffer>,
      data.slots as Int32Array<ArrayBuffer>,
      data.weights as Uint8Array<ArrayBuffer>,
    );
    this.slots = data.papers;
    this.alive = grown(this.alive, this.slots, uint8);
    this.alive.fill(1, 0, this.slots);
    this.live = this.slots;
    this.version += 1;
  }

  /** Give back spare capacity after a bulk load, in slices. */
  trim(slicer: Slicer): Promise<void> {
    return this.stat.trim(slicer);
  }

  isAlive(slot: number): boolean {
    return this.alive[slot] === 1;
  }

  /** Index a new paper; `slot` must be greater than every slot indexed so far. */
  addPaper(slot: number, paper: Paper, state: PaperState): void {
    if (slot < this.slots) throw new Error(`slot ${slot} is not new`);
    this.version += 1;
    this.slots = slot + 1;
    this.alive = grown(this.alive, this.slots, uint8);
    this.alive[slot] = 1;
    this.live += 1;
    // Weights summed per term id in a reusable scratch array: no per-paper map on the build's hot path.
    const touched: number[] = [];
    this.accumulate(paper.title, FIELD_WEIGHT.title, touched);
    this.accumulate(paper.abstract, FIELD_WEIGHT.abstract, touched);
    const scratch = this.scratch;
    for (const id of touched) {
      this.stat.append(id, slot, Math.min(255, scratch[id] as number));
      scratch[id] = 0;
      (this.vocab.df[id] as number) += 1;
    }
    this.setState(slot, state);
  }

  private accumulate(text: string, weight: number, touched: number[]): void {
    for (const term of tokenize(text)) {
      const id = this.vocab.intern(term);
      if (id >= this.scratch.length) this.scratch = grown(this.scratch, id + 1, int32);
      if (this.scratch[id] === 0) touched.push(id);
      (this.scratch[id] as number) += weight;
    }
  }

  removePaper(slot: number, paper: Paper): void {
    if (!this.isAlive(slot)) return;
    this.version += 1;
    for (const term of staticTerms(paper).keys()) {
      const id = this.vocab.id(term);
      if (id !== undefined) (this.vocab.df[id] as number) -= 1;
    }
    this.clearDynamic(slot);
    this.alive[slot] = 0;
    this.live -= 1;
  }

  /** Replace the paper's note, highlight and tag terms. */
  setState(slot: number, state: PaperState): void {
    this.version += 1;
    this.clearDynamic(slot);
    const terms = dynamicTerms(state);
    if (terms.size === 0) return;
    const ids = new Int32Array(terms.size);
    let i = 0;
    for (const [term, weight] of terms) {
      const id = this.vocab.intern(term);
      this.dyn.add(id, slot, weight);
      (this.vocab.df[id] as number) += 1;
      ids[i++] = id;
    }
    this.dynTerms[slot] = ids;
  }

  /** Live slots containing exactly this term, in any field. */
  slotsWithTerm(term: string): Set<number> {
    const out = new Set<number>();
    const id = this.vocab.id(term);
    if (id === undefined) return out;
    const visit = (slot: number) => {
      if (this.alive[slot] === 1) out.add(slot);
    };
    this.stat.forEach(id, visit);
    this.dyn.forEach(id, visit);
    return out;
  }

  /**
   * Papers matching every word, with scores. No words: no hits (the caller scans instead).
   * The last few answers are kept until the index changes: paging and re-sorting repeat the text.
   */
  match(words: readonly QueryWord[]): TextHits {
    const key = JSON.stringify(words);
    if (this.cacheVersion !== this.version) {
      this.cache.clear();
      this.cacheVersion = this.version;
    }
    const cached = this.cache.get(key);
    if (cached) return cached;
    const found = this.compute(words);
    const hits = { ...found, scores: found.scores.slice(0, this.slots) };
    this.cache.set(key, hits);
    if (this.cache.size > CACHED_ANSWERS) this.cache.delete(this.cache.keys().next().value as string);
    return hits;
  }

  private compute(words: readonly QueryWord[]): TextHits {
    const n = this.slots;
    // Scratch arrays are reused across queries (no megabytes of garbage per keystroke) and reset here.
    if (this.work.count.length < n) this.work = scratchFor(n);
    const w = this.work;
    const { total, bestS, bestD, count, first, cand } = w;
    for (let i = 0; i < w.firstLen; i++) {
      const slot = first[i] as number;
      total[slot] = 0;
      count[slot] = 0;
    }
    w.firstLen = 0;
    let m = 0;
    const reported = new Map<number, number>();
    const alive = this.alive;
    const df = this.vocab.df;
    for (let round = 0; round < words.length; round++) {
      const word = words[round] as QueryWord;
      for (const [id, matchWeight] of this.vocab.expand(word.word, word.prefix, word.fuzzy)) {
        reported.set(id, Math.max(reported.get(id) ?? 0, matchWeight));
        const scale = Math.log(1 + this.live / (df[id] as number)) * matchWeight;
        const st = this.stat.raw(id);
        if (st) {
          const { slots, weights, used } = st;
          for (let i = 0; i < used; i++) {
            const slot = slots[i] as number;
            if (alive[slot] !== 1 || count[slot] !== round) continue;
            const score = scale * (LOG2_1P[weights[i] as number] as number);
            const prev = bestS[slot] as number;
            if (round === 0 && prev === 0 && bestD[slot] === 0) first[w.firstLen++] = slot;
            if (score > prev) bestS[slot] = score;
          }
        }
        const dy = this.dyn.raw(id);
        if (dy) {
          const { slots, weights, used } = dy;
          for (let i = 0; i < used; i++) {
            const slot = slots[i] as number;
            if (alive[slot] !== 1 || count[slot] !== round) continue;
            const score = scale * (LOG2_1P[weights[i] as number] as number);
            const prev = bestD[slot] as number;
            if (round === 0 && prev === 0 && bestS[slot] === 0) first[w.firstLen++] = slot;
            if (score > prev) bestD[slot] = score;
          }
        }
      }
      // Fold this word's best scores into the totals; keep the papers that matched it.
      const from = round === 0 ? first : cand;
      const length = round === 0 ? w.firstLen : m;
      m = 0;
      for (let i = 0; i < length; i++) {
        const slot = from[i] as number;
        const score = (bestS[slot] as number) + (bestD[slot] as number);
        if (score === 0) continue;
        total[slot] = (total[slot] as number) + score;
        bestS[slot] = 0;
        bestD[slot] = 0;
        count[slot] = round + 1;
        cand[m++] = slot;
      }
    }
    const slots = new Int32Array(m);
    let k = 0;
    if (words.length > 0) for (let s = 0; s < n && k < m; s++) if (count[s] === words.length) slots[k++] = s;
    const terms = [...reported.entries()]
      .sort((a, b) => b[1] - a[1] || (df[b[0]] as number) - (df[a[0]] as number))
      .slice(0, MAX_REPORTED_TERMS)
      .map(([id]) => this.vocab.terms[id] as string);
    return { slots, scores: total, terms };
  }

  private clearDynamic(slot: number): void {
    const old = this.dynTerms[slot];
    if (!old) return;
    for (const id of old) {
      this.dyn.remove(id, slot);
      (this.vocab.df[id] as number) -= 1;
    }
    this.dynTerms[slot] = undefined;
  }
}
