/**
 * The papers (corpus.json). Held in memory as a Map for O(1) lookup; written only when papers are
 * added or removed, never on a user edit. Each write is backed up once it has landed, so the newest
 * backup always holds the newest corpus.
 */
import { join } from "node:path";
import type { Low } from "lowdb";
import type { Paper } from "../../../shared/model/paper";
import { CORPUS_SCHEMA_VERSION, type CorpusFile, corpusFileSchema, emptyCorpus } from "../schema/files";
import { isJsonObject, statedVersion } from "../schema/versions";
import { Backups } from "./backups";
import { safeLoad } from "./safe-load";

const BACKUPS_KEPT = 3;

function decodeCorpus(raw: unknown): CorpusFile {
  if (isJsonObject(raw)) statedVersion(raw, "corpus.json", CORPUS_SCHEMA_VERSION);
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

  /**
   * `beforeRecovery`: see safeLoad (the caller refuses there when another file is from a newer Folio).
   * With `readOnly`, a bad corpus.json is neither moved nor replaced (see safeLoad).
   */
  static async open(dataDir: string, readOnly = false, beforeRecovery?: () => Promise<void>): Promise<CorpusStore> {
    const path = join(dataDir, "corpus.json");
    const backups = new Backups(join(dataDir, "backups"), "corpus", BACKUPS_KEPT);
    const describe = (data: CorpusFile) => `${data.papers.length} papers`;
    const loaded = await safeLoad({
      path,
      decode: decodeCorpus,
      fresh: emptyCorpus,
      backups,
      describe,
      beforeRecovery,
      readOnly,
    });
    return new CorpusStore(loaded.db, path, backups, loaded.fresh, loaded.notice);
  }

  /**
   * Make sure the newest backup is this corpus: it is not when an older Folio (which backed up before
   * writing) or a crash between a write and its backup left it behind. Two stats when it is.
   */
  async backUpIfBehind(): Promise<void> {
    if (!this.fresh) await this.backups.takeIfBehind(this.path);
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
    this.byId.clear();
    for (const p of papers) this.byId.set(p.id, p);
    this.db.data.papers = papers;
    await this.db.write();
    await this.backups.take(this.path);
  }

  /** Add new papers (ids must be new) and write corpus.json once. */
  async add(papers: Paper[]): Promise<void> {
    const fresh = papers.filter((p) => !this.byId.has(p.id));
    if (fresh.length === 0) return;
    for (const p of fresh) {
      this.byId.set(p.id, p);
      this.db.data.papers.push(p);
    }
    await this.db.write();
    await this.backups.take(this.path);
  }
}
