/** Opening the library for a command: the data dir from flag/env/default, the bundled seed, notices. */
import { join } from "node:path";
import { type Library, openLibrary } from "../core/library";
import { LOCK_FILE } from "../core/store/data-dir-lock";
import { type FsError, isNotWritable } from "../core/store/fs-errors";
import { resolveDataDir, SEED_FILE } from "../paths";
import type { CommandContext } from "./args";

const WHY_NOT_WRITABLE: Record<string, string> = {
  EROFS: "it is on a read-only file system",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

export interface OpenFor {
  /** The command, named in the refusal when the folder cannot be written. */
  command: string;
  /** The command only reads: on a folder that cannot be written, open the library read-only. */
  readOnlyFallback?: boolean;
}

/** The folder itself cannot be written (not one file in it): creating it or its lock failed, or EROFS. */
function folderNotWritable(err: unknown, dataDir: string): err is FsError {
  if (!isNotWritable(err)) return false;
  return err.code === "EROFS" || err.syscall === "mkdir" || err.path === join(dataDir, LOCK_FILE);
}

/**
 * Open the library for a command. A command that only reads still works on a folder that cannot be
 * written: it opens the library read-only and says so in one line on stderr; one that writes is refused
 * in one sentence.
 */
export async function openCliLibrary(
  ctx: CommandContext,
  dataDirFlag: string | undefined,
  { command, readOnlyFallback = false }: OpenFor,
): Promise<Library> {
  const dataDir = resolveDataDir(dataDirFlag, ctx.io.env);
  const seedPath = join(ctx.appRoot, SEED_FILE);
  try {
    return await openLibrary({ dataDir, seedPath });
  } catch (err) {
    if (readOnlyFallback && isNotWritable(err)) {
      // A read-only open that fails too (the files cannot even be read) reports its own error.
      const library = await openLibrary({ dataDir, seedPath, readOnly: true });
      const why = WHY_NOT_WRITABLE[err.code];
      ctx.io.stderr(`folio: note: ${dataDir} cannot be written (${why}), so the library was opened read-only.\n`);
      return library;
    }
    if (folderNotWritable(err, dataDir)) {
      throw new Error(
        `${command} needs to write the library, but ${dataDir} cannot be written (${WHY_NOT_WRITABLE[err.code]}): make the folder writable, or copy the library to one that is (list and export work read-only).`,
      );
    }
    throw err;
  }
}

/** Start notices (a recovered file, a skipped journal line) go to stderr, never mixed into output. */
export function reportNotices(ctx: CommandContext, notices: readonly string[]): void {
  for (const notice of notices) ctx.io.stderr(`folio: note: ${notice}\n`);
}

/** Run `body` with the library open, and always close it (flushing pending writes) afterwards. */
export async function withLibrary<T>(library: Library, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } finally {
    await library.close();
  }
}
