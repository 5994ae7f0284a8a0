/**
 * One process per data dir: `folio.lock` holds the owner's pid, host and command. Two processes
 * writing the same journal would interleave edits, so a second opener is refused with a clear message.
 * A lock left by a crashed process (its pid is gone) is stale and taken over.
 */
import { readFileSync, unlinkSync } from "node:fs";
import { open, readFile, unlink } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";

interface LockInfo {
  pid: number;
  host: string;
  command: string;
  since: string;
}

export const LOCK_FILE = "folio.lock";

export class DataDirBusyError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readLock(path: string): Promise<LockInfo | undefined> {
  try {
    const info = JSON.parse(await readFile(path, "utf8")) as Partial<LockInfo>;
    return typeof info.pid === "number" && typeof info.host === "string" ? (info as LockInfo) : undefined;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") throw err;
    return undefined; // torn or foreign content: treated as stale
  }
}

export class DataDirLock {
  private released = false;
  private readonly onExit = () => this.releaseSync();

  private constructor(
    readonly path: string,
    private readonly info: LockInfo,
  ) {
    process.once("exit", this.onExit);
  }

  static async acquire(dataDir: string, command = process.argv.slice(1, 3).join(" ")): Promise<DataDirLock> {
    const path = join(dataDir, LOCK_FILE);
    const info: LockInfo = { pid: process.pid, host: hostname(), command, since: new Date().toISOString() };
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const fh = await open(path, "wx");
        await fh.writeFile(JSON.stringify(info));
        await fh.close();
        return new DataDirLock(path, info);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      }
      let owner: LockInfo | undefined;
      try {
        owner = await readLock(path);
      } catch {
        continue; // the owner released it between our open and read: try again
      }
      const stale = !owner || (owner.host === info.host && owner.pid !== process.pid && !isAlive(owner.pid));
      if (!stale && owner) {
        const who = owner.pid === process.pid ? "this process" : `process ${owner.pid} (${owner.command || "folio"})`;
        throw new DataDirBusyError(
          `Another Folio is using ${dataDir}: ${who}, since ${owner.since}. Close it first, or use another --data-dir.`,
        );
      }
      // A concurrent opener may have removed it already; any other failure (a read-only folder) is reported.
      await unlink(path).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== "ENOENT") throw err;
      });
    }
    throw new DataDirBusyError(`Could not take the lock ${path}`);
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    process.off("exit", this.onExit);
    if ((await readLock(this.path).catch(() => undefined))?.pid === this.info.pid) await unlink(this.path);
  }

  private releaseSync(): void {
    if (this.released) return;
    this.released = true;
    try {
      const owner = JSON.parse(readFileSync(this.path, "utf8")) as LockInfo;
      if (owner.pid === this.info.pid) unlinkSync(this.path);
    } catch {
      // At exit there is no one left to tell; a lock we could not remove is detected as stale later.
    }
  }
}
