/**
 * A lowdb adapter (`new Low(new ChunkedJSONFile(path), defaults)`) that writes big JSON files without
 * holding the event loop: the value is serialized entry by entry (large objects and arrays are walked,
 * small values go through JSON.stringify whole), yielding with setImmediate whenever a slice of work
 * exceeds `sliceMs`; text is streamed to a temp file in the same directory, which is fsynced and renamed
 * over the target, then the directory is fsynced. The output is exactly JSON.stringify(data).
 * A failure at any point leaves the previous file untouched and removes the temp file.
 *
 * One step is not sliced: listing the keys of a big record (Object.keys of 100k entries, ~20 ms).
 *
 * The data may change between slices (edits keep arriving): each entry is written as it is when reached.
 * LibraryStore tolerates that: its journal replays every edit after the snapshot's journalSeq, and the
 * journal's puts are absolute, so an edit both in the snapshot and replayed is harmless.
 */
import { randomBytes } from "node:crypto";
import { type FileHandle, open, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Adapter } from "lowdb";
import { type OpenFile, openFile, type WritableFile, writeAll } from "./file-io";

export interface ChunkedJSONFileOptions {
  /** Longest run of serialization between yields to the event loop (ms). Default 5. */
  sliceMs?: number;
  /** Nested objects and arrays with more entries than this are walked entry by entry. Default 32. */
  walkAbove?: number;
  /** Clock in ms, for tests. */
  now?: () => number;
  /** How the temp file is opened (tests put a full disk underneath). */
  openFile?: OpenFile;
}

const FLUSH_CHARS = 1 << 20;

function isWalkable(value: unknown, above: number): value is Record<string, unknown> | unknown[] {
  if (typeof value !== "object" || value === null) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  if (Array.isArray(value)) return value.length > above;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  // Count own keys only up to the threshold: Object.keys of a 100k-entry record is itself ~10 ms.
  let keys = 0;
  for (const key in value) {
    if (Object.hasOwn(value, key) && ++keys > above) return true;
  }
  return false;
}

export class ChunkedJSONFile<T> implements Adapter<T> {
  private queue: Promise<void> = Promise.resolve();
  /** How many times the last write yielded to the event loop. */
  lastWriteYields = 0;

  constructor(
    private readonly path: string,
    private readonly opts: ChunkedJSONFileOptions = {},
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw err;
    }
    return JSON.parse(text) as T;
  }

  /**
   * Writes are queued, so two never interleave on the same temp file or rename. `beforeRename` runs
   * once the temp file is complete and synced; if it throws, the write is abandoned (the file untouched).
   */
  write(data: T, beforeRename?: () => Promise<void>): Promise<void> {
    const run = this.queue.then(() => this.writeNow(data, beforeRename));
    this.queue = run.catch(() => undefined); // the failure is reported to this write's caller
    return run;
  }

  private async writeNow(data: T, beforeRename?: () => Promise<void>): Promise<void> {
    const dir = dirname(this.path);
    const temp = join(dir, `.${basename(this.path)}.${randomBytes(6).toString("hex")}.tmp`);
    const fh = await (this.opts.openFile ?? openFile)(temp, "w");
    try {
      await this.serialize(data, fh);
      await fh.sync();
      await fh.close();
    } catch (err) {
      await fh.close().catch(() => undefined); // already failing; the original error is what matters
      await rm(temp, { force: true });
      throw err;
    }
    try {
      await beforeRename?.();
      await rename(temp, this.path);
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
    await syncDir(dir);
  }

  private async serialize(data: T, fh: WritableFile): Promise<void> {
    const now = this.opts.now ?? (() => performance.now());
    const sliceMs = this.opts.sliceMs ?? 5;
    const above = this.opts.walkAbove ?? 32;
    let parts: string[] = [];
    let size = 0;
    let sliceStart = now();
    this.lastWriteYields = 0;
    const emit = (text: string) => {
      parts.push(text);
      size += text.length;
    };
    /** Between entries: write out what is buffered, and let the event loop run when the slice is used up. */
    const breathe = async () => {
      if (size >= FLUSH_CHARS) {
        const chunk = parts.join("");
        parts = [];
        size = 0;
        await writeAll(fh, Buffer.from(chunk, "utf8"));
      }
      if (now() - sliceStart >= sliceMs) {
        this.lastWriteYields += 1;
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = now();
      }
    };
    const walk = async (value: Record<string, unknown> | unknown[]): Promise<void> => {
      if (Array.isArray(value)) {
        emit("[");
        for (let i = 0; i < value.length; i++) {
          if (i > 0) emit(",");
          const item = value[i];
          if (isWalkable(item, above)) await walk(item);
          else emit(JSON.stringify(item) ?? "null");
          await breathe();
        }
        emit("]");
        return;
      }
      emit("{");
      let first = true;
      for (const key of Object.keys(value)) {
        const item = value[key];
        const walkable = isWalkable(item, above);
        const text = walkable ? "" : JSON.stringify(item);
        if (text === undefined) continue; // undefined or a function: omitted, as JSON.stringify does
        emit(`${first ? "" : ","}${JSON.stringify(key)}:`);
        first = false;
        if (walkable) await walk(item);
        else emit(text);
        await breathe();
      }
      emit("}");
    };
    // The top level is always walked: a file is typically a few keys over one huge record.
    if (isWalkable(data, -1)) await walk(data);
    else emit(JSON.stringify(data) ?? "null");
    await writeAll(fh, Buffer.from(parts.join(""), "utf8"));
  }
}

/** Make a rename durable: fsync the directory (not possible on Windows, where rename is durable enough). */
async function syncDir(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "EISDIR" && code !== "EPERM" && code !== "EINVAL") throw err;
    // Windows cannot open or fsync a directory; the rename itself has completed.
  } finally {
    await handle?.close();
  }
}
