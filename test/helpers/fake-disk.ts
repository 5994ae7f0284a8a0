/**
 * A disk that fills up, for tests that cannot mount a small file system: files are real, but writes
 * through `open` take at most `free` more bytes in all. A write that finds some room writes what fits
 * and reports the short count (as write(2) does); one that finds none fails with ENOSPC.
 */
import { open } from "node:fs/promises";
import type { OpenFile, WritableFile } from "../../main/core/store/file-io";

export function enospc(): NodeJS.ErrnoException {
  return Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", errno: -28 });
}

export class FakeDisk {
  /** Bytes the disk still takes. */
  free = Number.POSITIVE_INFINITY;
  /** Bytes written through it, short writes included. */
  written = 0;

  readonly open: OpenFile = async (path, flags) => {
    const fh = await open(path, flags);
    const file: WritableFile = {
      write: async (data) => {
        if (this.free <= 0) throw enospc();
        const n = Math.min(data.length, this.free);
        this.free -= n;
        this.written += n;
        return fh.write(data.subarray(0, n));
      },
      datasync: () => fh.datasync(),
      sync: () => fh.sync(),
      truncate: (length) => fh.truncate(length),
      stat: () => fh.stat(),
      close: () => fh.close(),
    };
    return file;
  };
}
