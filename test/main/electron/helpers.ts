/** Shared set-up for the Electron shell tests: the repo root and a real library on a temp dir. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Library, openLibrary } from "../../../main/core/library";
import { appFiles } from "../../../main/electron/app-files";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const FILES = appFiles(ROOT);

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "folio-"));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** The real core, seeded from data/trending-papers.txt like the app's first start. */
export async function openSeededLibrary(dataDir: string): Promise<Library> {
  return openLibrary({ dataDir, seedPath: FILES.seed });
}

/** The first `limit` papers in the order they were added. */
export async function firstPapers(library: Library, limit: number) {
  const { items } = await library.handlers.query({
    text: "",
    tags: [],
    tagMode: "any",
    sort: { key: "added", dir: "asc" },
    offset: 0,
    limit,
  });
  return items;
}

export async function firstPaperId(library: Library): Promise<string> {
  const id = (await firstPapers(library, 1))[0]?.id;
  if (!id) throw new Error("the seeded library is empty");
  return id;
}
