/**
 * Rotating backups of a data file in `<dataDir>/backups/`: `<name>-<stamp>.json`, newest last by name.
 */
import { copyFile, mkdir, readdir, readFile, rm, stat } from "node:fs/promises";
import { basename, join } from "node:path";

export function fileStamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, "-");
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
    const [newest] = await this.list();
    const current = await readFile(source).catch(() => undefined);
    if (!current || current.length === 0) return undefined;
    if (newest && current.equals(await readFile(newest).catch(() => Buffer.alloc(0)))) return undefined;
    await mkdir(this.dir, { recursive: true });
    const target = join(this.dir, `${this.name}-${fileStamp()}.json`);
    await copyFile(source, target);
    for (const old of (await this.list()).slice(this.keep)) await rm(old, { force: true });
    return target;
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
