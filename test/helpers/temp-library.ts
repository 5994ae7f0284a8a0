/** A real library on a fresh temp data dir, seeded from the bundled page, for tests. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Library, type LibraryOptions, openLibrary } from "../../main/core/library";

export const SEED_PATH = fileURLToPath(new URL("../../data/trending-papers.txt", import.meta.url));

export async function makeTempDir(prefix = "folio-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export function openSeeded(dataDir: string, extra: Partial<LibraryOptions> = {}): Promise<Library> {
  return openLibrary({ dataDir, seedPath: SEED_PATH, ...extra });
}
