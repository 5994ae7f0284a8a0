/** Opening the library for a command: the data dir from flag/env/default, the bundled seed, notices. */
import { join } from "node:path";
import { type Library, openLibrary } from "../core/library";
import { resolveDataDir, SEED_FILE } from "../paths";
import type { CommandContext } from "./args";

export function openCliLibrary(ctx: CommandContext, dataDirFlag: string | undefined): Promise<Library> {
  return openLibrary({ dataDir: resolveDataDir(dataDirFlag, ctx.io.env), seedPath: join(ctx.appRoot, SEED_FILE) });
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
