/**
 * A small file system that a test can fill up and free again: a real tmpfs mounted by the test where
 * it runs as root, else the injected `FakeDisk` layer under the store's writes. Either way the test
 * prints which one it got.
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, statSync, truncateSync, writeSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { StoreTuning } from "../../main/core/store/library-store";
import { INDEX_FILE } from "../../main/search/engine";
import { FakeDisk } from "./fake-disk";
import { makeTempDir, removeDir } from "./temp-library";

export interface SmallDisk {
  kind: "tmpfs" | "injected";
  /** A fresh folder on the disk, for one library. */
  newDir(): Promise<string>;
  /** What the store must be given to write through the disk ({} on a real one). */
  tuning: StoreTuning;
  /** Take all the room there is (a real disk keeps what is left in already allocated blocks). */
  fill(): Promise<void>;
  /** After `fill`: give back about this many bytes, so the next big write is short. */
  makeRoom(bytes: number): Promise<void>;
  /** Give the room back. */
  free(): Promise<void>;
  dispose(): Promise<void>;
}

/** On the injected disk, `fill` leaves this many bytes, as a real disk leaves the tail of a block. */
export const INJECTED_ROOM_LEFT = 300;

/**
 * Wait (a few seconds at most) until the library in `dataDir` has saved its search index: a save in
 * flight when the disk is filled fails and gives its room back, which would make the disk not full.
 */
export async function searchIndexSaved(dataDir: string): Promise<void> {
  for (let i = 0; i < 500 && !existsSync(join(dataDir, INDEX_FILE)); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function tryMount(mountPoint: string, size: string): boolean {
  if (process.env.FOLIO_TEST_NO_MOUNT || process.platform !== "linux" || process.getuid?.() !== 0) return false;
  const r = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", mountPoint], { encoding: "utf8" });
  return r.status === 0;
}

/** Write a file until the disk refuses more, first in big pieces, then byte by byte into the last block. */
function fillUp(path: string): void {
  const fd = openSync(path, "w");
  try {
    for (const size of [1 << 16, 1 << 12, 1]) {
      const piece = Buffer.alloc(size, 120);
      for (;;) {
        try {
          if (writeSync(fd, piece) < size) break;
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== "ENOSPC") throw err;
          break;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
}

export async function smallDisk(size = "4m"): Promise<SmallDisk> {
  const root = await makeTempDir("folio-disk-");
  const mountPoint = join(root, "mnt");
  await mkdir(mountPoint);
  let dirs = 0;
  const newDir = async () => {
    const dir = join(mountPoint, `data-${++dirs}`);
    await mkdir(dir);
    return dir;
  };
  if (tryMount(mountPoint, size)) {
    const filler = join(mountPoint, "filler");
    console.log(`small disk: a ${size} tmpfs mounted at ${mountPoint}`);
    return {
      kind: "tmpfs",
      newDir,
      tuning: {},
      fill: async () => fillUp(filler),
      makeRoom: async (bytes) => truncateSync(filler, Math.max(0, statSync(filler).size - bytes)),
      free: () => rm(filler, { force: true }),
      dispose: async () => {
        const r = spawnSync("umount", [mountPoint], { encoding: "utf8" });
        if (r.status !== 0) {
          // A file still open somewhere (a worker of the search index): detach now, freed when closed.
          console.log(`small disk: umount failed (${r.stderr.trim()}); detaching it lazily`);
          spawnSync("umount", ["-l", mountPoint]);
        }
        await removeDir(root);
      },
    };
  }
  console.log("small disk: no tmpfs could be mounted (not root?); using the injected fs layer");
  const disk = new FakeDisk();
  return {
    kind: "injected",
    newDir,
    tuning: { openFile: disk.open },
    fill: async () => {
      disk.free = INJECTED_ROOM_LEFT;
    },
    makeRoom: async (bytes) => {
      disk.free = bytes;
    },
    free: async () => {
      disk.free = Number.POSITIVE_INFINITY;
    },
    dispose: () => removeDir(root),
  };
}
