/** A real library core on a fresh temp data dir, seeded with the bundled page, for renderer logic tests. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { call } from "../../main/core/dispatch";
import { type Library, openLibrary } from "../../main/core/library";
import type { MethodResults } from "../../shared/api/contract";
import type { MethodInput, MethodName } from "../../shared/api/schemas";

const SEED = new URL("../../data/trending-papers.txt", import.meta.url).pathname;

export interface SeededCore {
  lib: Library;
  /** Call a method through the same validated entry point every transport uses. */
  api<M extends MethodName>(method: M, arg: MethodInput<M>): Promise<MethodResults[M]>;
  close(): Promise<void>;
}

export async function openSeeded(): Promise<SeededCore> {
  const dir = await mkdtemp(join(tmpdir(), "folio-"));
  const lib = await openLibrary({ dataDir: dir, seedPath: SEED });
  return {
    lib,
    async api(method, arg) {
      return (await call(lib.handlers, method, arg)) as MethodResults[typeof method];
    },
    async close() {
      await lib.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
