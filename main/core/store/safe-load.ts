/**
 * Load a JSON data file through lowdb, validated, without ever overwriting a file it could not read:
 * a bad file is moved aside (`<file>.corrupt-<time>`), the newest good backup is restored, and a
 * notice tells the user what happened, what was restored and where the bad file is. A file (or the
 * backup that would replace it) from a newer Folio is refused with a NewerFolioError, and nothing is
 * touched.
 */
import { readFile, rename } from "node:fs/promises";
import { basename } from "node:path";
import { Low } from "lowdb";
import { NewerFolioError } from "../schema/versions";
import type { Backups } from "./backups";
import { fileStamp } from "./backups";
import { ChunkedJSONFile } from "./chunked-json-file";
import type { OpenFile } from "./file-io";
import { isFsError, withPath } from "./fs-errors";

export interface SafeLoadOptions<T> {
  path: string;
  /** Parse and migrate raw JSON into T, or throw with a readable reason (NewerFolioError: refuse). */
  decode: (raw: unknown) => T;
  fresh: () => T;
  backups: Backups;
  /** Move nothing aside and write nothing: a bad file is answered from a backup in memory only. */
  readOnly?: boolean;
  /** What a restored backup holds, for the notice ("686 papers"). */
  describe?: (data: T) => string;
  /** Runs before a bad file is moved aside; throws to leave everything as it is. */
  beforeRecovery?: () => Promise<void>;
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

export async function decodeFile<T>(path: string, decode: (raw: unknown) => T): Promise<T> {
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

/** The newest backup that decodes, or undefined; a backup from a newer Folio stops the search. */
async function newestGoodBackup<T>(opts: SafeLoadOptions<T>, reason: string) {
  for (const path of await opts.backups.list()) {
    try {
      return { path, data: await decodeFile(path, opts.decode) };
    } catch (err) {
      if (err instanceof NewerFolioError) {
        const subject = `${basename(opts.path)} could not be read (${reason}), and its backup ${basename(path)}`;
        throw new NewerFolioError(subject, err.version, err.supported);
      }
      // An unreadable backup is skipped in favour of the next older one; the notice names the one used.
    }
  }
  return undefined;
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
    // A file that cannot be opened (a folder, no permission) is not a corrupt one: nothing is moved.
    if (isFsError(err)) throw withPath(err, opts.path);
    if (err instanceof NewerFolioError) throw err;
    const reason = (err as Error).message;
    const backup = await newestGoodBackup(opts, reason);
    await opts.beforeRecovery?.();
    const aside = `${opts.path}.corrupt-${fileStamp()}`;
    if (!opts.readOnly) await rename(opts.path, aside);
    const kept = opts.readOnly ? "It was left as it is (the library is open read-only)" : `It was moved to ${aside}`;
    const name = basename(opts.path);
    const told = `${name} could not be read (${reason}). ${kept}`;
    if (backup) db.data = backup.data;
    if (!opts.readOnly) await db.write();
    if (!backup) {
      return {
        db,
        file,
        created: false,
        fresh: true,
        notice: `${told}; no good backup was found, so it starts empty.`,
      };
    }
    const holds = opts.describe ? `${opts.describe(backup.data)}, ` : "";
    const when = await opts.backups.takenAt(backup.path);
    const done = opts.readOnly ? "read instead" : "restored";
    return {
      db,
      file,
      created: false,
      fresh: false,
      notice: `${told}; the backup ${basename(backup.path)} (${holds}from ${when}) was ${done}.`,
    };
  }
  db.data = data;
  return { db, file, created: false, fresh: false };
}
