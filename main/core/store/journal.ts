/**
 * An append-only journal of edits, one JSON line each, fsynced before an edit is acknowledged.
 * Each entry is an absolute "put" (`collection[id] = value`, or delete when value is null), so replaying
 * a prefix twice is harmless. Appends arriving while a sync is in flight are committed together
 * (group commit), so a burst of edits costs one fsync per batch, not per edit.
 */
import { type FileHandle, open, readFile } from "node:fs/promises";
import { journalEntrySchema } from "../schema/journal-entry";

export interface JournalEntry {
  /** Sequence number, increasing across the journal's life; the snapshot records the last folded. */
  s: number;
  /** Which record collection of the library file. */
  k: string;
  id: string;
  /** The record's new value, or null to delete it. */
  v: unknown;
}

export interface JournalReplay {
  entries: JournalEntry[];
  /** Lines that could not be read (a torn final line after a crash is expected and not listed). */
  problems: string[];
}

interface Pending {
  line: string;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/** The entry a parsed line holds, or what makes it one Folio could not have written. */
function checkEntry(raw: unknown): { entry: JournalEntry } | { problem: string } {
  const parsed = journalEntrySchema.safeParse(raw);
  if (parsed.success) return { entry: parsed.data };
  const first = parsed.error.issues[0];
  return { problem: `${first?.path.join(".") || "entry"}: ${first?.message}` };
}

/**
 * Every entry of the journal, in sequence order. A line that fails the entry schema (a sequence number
 * Folio could not have written, an unknown collection, a bad record) is listed in `problems` and never
 * replayed, so it cannot reach the snapshot.
 */
export async function readJournal(path: string): Promise<JournalReplay> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { entries: [], problems: [] };
    throw err;
  }
  const lines = text.split("\n");
  const entries: JournalEntry[] = [];
  const problems: string[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      // The last line may be torn by a crash mid-append: it was never acknowledged, so it is dropped.
      const isLast = lines.slice(i + 1).every((l) => l.trim() === "");
      if (!isLast) problems.push(`line ${i + 1} of the journal could not be read and was skipped`);
      return;
    }
    const checked = checkEntry(raw);
    if ("entry" in checked) entries.push(checked.entry);
    else problems.push(`line ${i + 1} of the journal was skipped (${checked.problem})`);
  });
  entries.sort((a, b) => a.s - b.s);
  return { entries, problems };
}

export class Journal {
  private pending: Pending[] = [];
  private running = false;
  private truncateRequest: number | undefined;
  private idle: Promise<void> = Promise.resolve();
  private markIdle: () => void = () => {};

  private constructor(
    private readonly fh: FileHandle,
    private seq: number,
  ) {}

  static async open(path: string, lastSeq: number): Promise<Journal> {
    return new Journal(await open(path, "a"), lastSeq);
  }

  get lastSeq(): number {
    return this.seq;
  }

  /** Append entries; resolves with the last sequence number once they are on disk. */
  append(items: Omit<JournalEntry, "s">[]): Promise<number> {
    const lines = items.map((item) => JSON.stringify({ s: ++this.seq, ...item })).join("\n");
    const seq = this.seq;
    return new Promise<number>((resolve, reject) => {
      this.pending.push({ line: `${lines}\n`, resolve: () => resolve(seq), reject });
      void this.drain();
    });
  }

  /** Resolves when every append so far is on disk. */
  settled(): Promise<void> {
    return this.running ? this.idle : Promise.resolve();
  }

  /**
   * Empty the journal once a snapshot holds everything up to `seq` (no-op if newer entries exist).
   * Runs inside the drain loop so it can never interleave with an append.
   */
  truncateUpTo(seq: number): Promise<void> {
    this.truncateRequest = seq;
    void this.drain();
    return this.settled();
  }

  async close(): Promise<void> {
    await this.settled();
    await this.fh.close();
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.idle = new Promise((r) => {
      this.markIdle = r;
    });
    while (this.pending.length > 0 || this.truncateRequest !== undefined) {
      if (this.pending.length === 0) {
        const upTo = this.truncateRequest;
        this.truncateRequest = undefined;
        if (upTo === this.seq) {
          // A failed truncate is harmless: replay skips entries the snapshot already holds.
          await this.fh.truncate(0).catch(() => undefined);
        }
        continue;
      }
      const batch = this.pending.splice(0);
      try {
        await this.fh.write(batch.map((p) => p.line).join(""));
        await this.fh.datasync();
        for (const p of batch) p.resolve();
      } catch (err) {
        for (const p of batch) p.reject(err);
      }
    }
    this.running = false;
    this.markIdle();
  }
}
