/**
 * The papers (corpus.json). Held in memory as a Map for O(1) lookup; written only when papers are
 * added or removed, never on a user edit.
 */
import { join } from "node:path";
import type { Low } from "lowdb";
import type { Paper } from "../../../shared/model/paper";
import { type CorpusFile, corpusFileSchema, emptyCorpus } from "../schema/files";
import { Backups } from "./backups";
import { safeLoad } from "./safe-load";

const BACKUPS_KEPT = 3;

function decodeCorpus(raw: unknown): CorpusFile {
  const parsed = corpusFileSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`it does not match the corpus schema (${first?.path.join(".")}: ${first?.message})`);
  }
  return parsed.data;
}

export class CorpusStore {
  private readonly byId = new Map<string, Paper>();

  private constructor(
    private readonly db: Low<CorpusFile>,
    private readonly path: string,
    private readonly backups: Backups,
    /** No usable corpus was found: the bundled page should be stored. */
    readonly fresh: boolean,
    readonly notice: string | undefined,
  ) {
    for (const p of db.data.papers) this.byId.set(p.id, p);
  }

  /** With `readOnly`, a bad corpus.json is neither moved nor replaced (see safeLoad). */
  static async open(dataDir: string, readOnly = false): Promise<CorpusStore> {
    const path = join(dataDir, "corpus.json");
    const backups = new Backups(join(dataDir, "backups"), "corpus", BACKUPS_KEPT);
    const { db, fresh, notice } = await safeLoad({ path, decode: decodeCorpus, fresh: emptyCorpus, backups, readOnly });
    return new CorpusStore(db, path, backups, fresh, notice);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Paper | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Papers in insertion (import) order. */
  all(): readonly Paper[] {
    return this.db.data.papers;
  }

  /** Replace every paper and write corpus.json once (folding the library's overlay in). */
  async replaceAll(papers: Paper[]): Promise<void> {
    await this.backups.take(this.path);
    this.byId.clear();
    for (const p of papers) this.byId.set(p.id, p);
    this.db.data.papers = papers;
    await this.db.write();
  }

  /** Add new papers (ids must be new) and write corpus.json once. */
  async add(papers: Paper[]): Promise<void> {
    const fresh = papers.filter((p) => !this.byId.has(p.id));
    if (fresh.length === 0) return;
    await this.backups.take(this.path);
    for (const p of fresh) {
      this.byId.set(p.id, p);
      this.db.data.papers.push(p);
    }
    await this.db.write();
  }
}
