/**
 * The few file operations the journal and the snapshot writer use, behind an interface so a test can put
 * a full disk underneath them. `writeAll` treats a short write as what it is: keep writing the rest, and
 * fail (never "succeed" with a torn file) when the disk takes nothing more.
 */
import { open } from "node:fs/promises";

export interface WritableFile {
  write(data: Uint8Array): Promise<{ bytesWritten: number }>;
  datasync(): Promise<void>;
  sync(): Promise<void>;
  truncate(length: number): Promise<void>;
  stat(): Promise<{ size: number }>;
  close(): Promise<void>;
}

/** Open for appending ("a") or for writing a new file ("w"). */
export type OpenFile = (path: string, flags: "a" | "w") => Promise<WritableFile>;

export const openFile: OpenFile = (path, flags) => open(path, flags);

/** Write every byte of `data`, looping over short writes; a write that makes no progress is an error. */
export async function writeAll(file: WritableFile, data: Uint8Array): Promise<void> {
  let done = 0;
  while (done < data.length) {
    const { bytesWritten } = await file.write(data.subarray(done));
    if (bytesWritten <= 0) {
      throw Object.assign(new Error(`short write: ${done} of ${data.length} bytes written`), { code: "EIO" });
    }
    done += bytesWritten;
  }
}
