/**
 * Rotating backups of a data file in `<dataDir>/backups/`: `<name>-<stamp>.json`, newest last by name.
 */
import { copyFile, mkdir, readdir, readFile, rm, stat } from "node:fs/promises";
import { basename, join } from "node:path";

export function fileStamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, "-");
}

/** The time a `fileStamp` in a file name stands for, or undefined when the name holds none. */
function stampDate(fileName: string): Date | undefined {
  const m = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/.exec(fileName);
  if (!m) return undefined;
  const date = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "2026-12-04 21:03 UTC" */
function readableTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** A file's size; 0 when it does not exist (nothing to back up). */
async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw err;
  }
}

/** Whether two files hold the same bytes; compared by size first, so a large file is read only then. */
async function sameBytes(a: string, b: string, sizeOfA: number): Promise<boolean> {
  if ((await sizeOf(b)) !== sizeOfA) return false;
  return (await readFile(a)).equals(await readFile(b));
}

export class Backups {
  constructor(
    private readonly dir: string,
    /** e.g. "library" for library.json */
    private readonly name: string,
    private readonly keep: number,
  ) {}

  /** Backup files, newest first. */
  async list(): Promise<string[]> {
    let entries: string[];
    try {
      entries = await readdir(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw err;
    }
    const prefix = `${this.name}-`;
    return entries
      .filter((f) => f.startsWith(prefix) && f.endsWith(".json"))
      .sort()
      .reverse()
      .map((f) => join(this.dir, f));
  }

  /** Copy `source` into the backups unless it equals the newest one; prune to `keep`. */
  async take(source: string): Promise<string | undefined> {
    const size = await sizeOf(source);
    if (size === 0) return undefined;
    const [newest] = await this.list();
    if (newest && (await sameBytes(source, newest, size))) return undefined;
    await mkdir(this.dir, { recursive: true });
    const target = join(this.dir, `${this.name}-${fileStamp()}.json`);
    await copyFile(source, target);
    for (const old of (await this.list()).slice(this.keep)) await rm(old, { force: true });
    return target;
  }

  /**
   * Take a backup unless the newest one was made after `source` last changed: it is then a copy of it
   * (backups are taken after each write). Cheap (two stats) when nothing is to be done.
   */
  async takeIfBehind(source: string): Promise<string | undefined> {
    const [newest] = await this.list();
    if (newest && (await stat(newest)).mtimeMs >= (await stat(source)).mtimeMs) return undefined;
    return this.take(source);
  }

  /** When a backup was taken, for telling the user ("2026-12-04 21:03 UTC"). */
  async takenAt(path: string): Promise<string> {
    return readableTime(stampDate(basename(path)) ?? (await stat(path)).mtime);
  }

  async newestAge(now = Date.now()): Promise<number> {
    const [newest] = await this.list();
    if (!newest) return Number.POSITIVE_INFINITY;
    return now - (await stat(newest)).mtimeMs;
  }

  label(path: string): string {
    return basename(path);
  }
}
