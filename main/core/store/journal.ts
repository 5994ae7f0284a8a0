/**
 * An append-only journal of edits, one JSON line each, fsynced before an edit is acknowledged.
 * Each entry is an absolute "put" (`collection[id] = value`, or delete when value is null), so replaying
 * a prefix twice is harmless. Appends arriving while a sync is in flight are committed together
 * (group commit), so a burst of edits costs one fsync per batch, not per edit.
 *
 * The journal knows the byte length of its last good line. A write that fails or comes up short (a full
 * disk) is cut back to it at once, so no fragment of a refused batch stays on disk and the next append
 * starts on a clean line; sequence numbers are given at write time, so a refused batch leaves no gap.
 */
import { readFile } from "node:fs/promises";
import { journalEntrySchema } from "../schema/journal-entry";
import { type OpenFile, openFile, type WritableFile, writeAll } from "./file-io";

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
  /** Bytes up to the end of the last complete line: anything after it is a torn append, cut at open. */
  validBytes: number;
}

interface Pending {
  /** Each entry serialized without its sequence number (added at write time). */
  bodies: string[];
  /** Called synchronously once the batch is durable (with its last sequence number) or refused. */
  done: (err: unknown, seq: number) => void;
}

export interface JournalOptions {
  /** The last sequence number already used (in the snapshot or the journal). */
  lastSeq: number;
  /** From `readJournal`: the journal is cut to this length before the first append. */
  validBytes: number;
  openFile?: OpenFile;
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
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { entries: [], problems: [], validBytes: 0 };
    throw err;
  }
  const validBytes = bytes.lastIndexOf(0x0a) + 1;
  const lines = bytes.toString("utf8").split("\n");
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
  return { entries, problems, validBytes };
}

export class Journal {
  private pending: Pending[] = [];
  private running = false;
  private truncateRequest: number | undefined;
  private idle: Promise<void> = Promise.resolve();
  private markIdle: () => void = () => {};
  /** Bytes past `size` may hold a fragment of a refused batch: cut them before the next append. */
  private torn = false;

  private constructor(
    private readonly file: WritableFile,
    private seq: number,
    /** Length of the journal up to its last good line. */
    private size: number,
  ) {}

  static async open(path: string, opts: JournalOptions): Promise<Journal> {
    const file = await (opts.openFile ?? openFile)(path, "a");
    const journal = new Journal(file, opts.lastSeq, opts.validBytes);
    try {
      // A crash mid-append leaves a torn line; the next append must not be glued onto it.
      journal.torn = (await file.stat()).size > opts.validBytes;
      await journal.cutBack();
    } catch (err) {
      await file.close();
      throw err;
    }
    return journal;
  }

  /** The sequence number of the last durable entry. */
  get lastSeq(): number {
    return this.seq;
  }

  /**
   * Append entries; resolves with the last sequence number once they are on disk, or rejects (the journal
   * is then as it was before). `done` is told synchronously, before any other append can be written.
   * Throws at once if an item cannot be serialized.
   */
  append(items: Omit<JournalEntry, "s">[], done?: (err: unknown) => void): Promise<number> {
    const bodies = items.map((item) => JSON.stringify(item));
    return new Promise<number>((resolve, reject) => {
      this.pending.push({
        bodies,
        done: (err, seq) => {
          done?.(err);
          if (err === undefined) resolve(seq);
          else reject(err);
        },
      });
      void this.drain();
    });
  }

  /** Resolves when every append so far is on disk. */
  settled(): Promise<void> {
    return this.running ? this.idle : Promise.resolve();
  }

  /** Resolves once every append made before this call is durable or refused (later appends aside). */
  flushed(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => {
      this.pending.push({ bodies: [], done: () => resolve() });
    });
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
    await this.file.close();
  }

  private async cutBack(): Promise<void> {
    if (!this.torn) return;
    await this.file.truncate(this.size);
    await this.file.datasync();
    this.torn = false;
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
          await this.file.truncate(0).then(
            () => {
              this.size = 0;
              this.torn = false;
            },
            () => undefined,
          );
        }
        continue;
      }
      await this.writeBatch(this.pending.splice(0));
    }
    this.running = false;
    this.markIdle();
  }

  private async writeBatch(batch: Pending[]): Promise<void> {
    let seq = this.seq;
    const lastSeqs: number[] = [];
    let text = "";
    for (const p of batch) {
      for (const body of p.bodies) text += `{"s":${++seq},${body.slice(1)}\n`;
      lastSeqs.push(seq);
    }
    const bytes = Buffer.from(text, "utf8");
    try {
      await this.cutBack();
      if (bytes.length > 0) {
        this.torn = true;
        await writeAll(this.file, bytes);
        await this.file.datasync();
        this.size += bytes.length;
        this.torn = false;
        this.seq = seq;
      }
    } catch (err) {
      // Cut the refused bytes off now, so a crash cannot replay them; if even that fails, the next
      // append tries again first and is refused if it cannot.
      await this.cutBack().catch((cutErr: Error) => {
        console.error(`[folio] cutting the journal back failed: ${cutErr.message}`);
      });
      // Appends queued behind a refused batch were made on top of it: they are refused with it.
      for (const p of [...batch, ...this.pending.splice(0)]) p.done(err, this.seq);
      return;
    }
    batch.forEach((p, i) => {
      p.done(undefined, lastSeqs[i] ?? seq);
    });
  }
}
