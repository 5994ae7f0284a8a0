/**
 * Load a JSON data file through lowdb, validated, without ever overwriting a file it could not read:
 * a bad file is moved aside (`<file>.corrupt-<time>`), the newest good backup is restored, and a
 * notice tells the user what happened and where the bad file is.
 */
import { readFile, rename } from "node:fs/promises";
import { basename } from "node:path";
import { Low } from "lowdb";
import type { Backups } from "./backups";
import { fileStamp } from "./backups";
import { ChunkedJSONFile } from "./chunked-json-file";
import type { OpenFile } from "./file-io";

export interface SafeLoadOptions<T> {
  path: string;
  /** Parse and migrate raw JSON into T, or throw with a readable reason. */
  decode: (raw: unknown) => T;
  fresh: () => T;
  backups: Backups;
  /** How the file is opened for writing (tests put a full disk underneath). */
  openFile?: OpenFile;
}

export interface SafeLoadResult<T> {
  db: Low<T>;
  /** The adapter behind `db`, for writes that need its options. */
  file: ChunkedJSONFile<T>;
  /** Set when the file existed but could not be used. */
  notice?: string;
  /** True when the file did not exist (first start). */
  created: boolean;
  /** True when the data is the fresh default: a first start, or a bad file with no good backup. */
  fresh: boolean;
}

async function decodeFile<T>(path: string, decode: (raw: unknown) => T): Promise<T> {
  const text = await readFile(path, "utf8");
  if (text.trim() === "") throw new Error("the file is empty");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`not valid JSON (${(err as Error).message})`);
  }
  return decode(raw);
}

export async function safeLoad<T>(opts: SafeLoadOptions<T>): Promise<SafeLoadResult<T>> {
  // lowdb's JSONFilePreset switches to memory under NODE_ENV=test; build the adapter explicitly. The
  // chunked adapter writes atomically (temp file, fsync, rename, fsync of the folder) without holding
  // the event loop for the whole serialization of a large file.
  const file = new ChunkedJSONFile<T>(opts.path, { openFile: opts.openFile });
  const db = new Low<T>(file, opts.fresh());
  let data: T;
  try {
    data = await decodeFile(opts.path, opts.decode);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { db, file, created: true, fresh: true };
    const reason = (err as Error).message;
    const aside = `${opts.path}.corrupt-${fileStamp()}`;
    await rename(opts.path, aside);
    const name = basename(opts.path);
    for (const backup of await opts.backups.list()) {
      try {
        db.data = await decodeFile(backup, opts.decode);
        await db.write();
        return {
          db,
          file,
          created: false,
          fresh: false,
          notice: `${name} could not be read (${reason}). It was moved to ${aside}; the backup ${basename(backup)} was restored.`,
        };
      } catch {
        // An unreadable backup is skipped in favour of the next older one; the notice names the one used.
      }
    }
    await db.write();
    return {
      db,
      file,
      created: false,
      fresh: true,
      notice: `${name} could not be read (${reason}). It was moved to ${aside}; no good backup was found, so it starts empty.`,
    };
  }
  db.data = data;
  return { db, file, created: false, fresh: false };
}
