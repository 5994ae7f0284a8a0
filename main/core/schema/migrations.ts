/**
 * Ordered migrations of library.json. `migrations[n]` lifts a file of schemaVersion n to n + 1.
 * A file newer than this build knows is refused (never downgraded or overwritten).
 */
import { LIBRARY_SCHEMA_VERSION } from "./files";

type Json = Record<string, unknown>;
type Migration = (file: Json) => Json;

export const migrations: Record<number, Migration> = {
  /** v0: the pre-release layout had no journal and no tag registry. */
  0: (file) => ({ ...file, schemaVersion: 1, journalSeq: 0, tags: file.tags ?? {} }),
  /** v1 -> v2: hand-added/edited/deleted papers, smart lists and settings live in library.json. */
  1: (file) => ({ ...file, schemaVersion: 2, corpus: {}, smartLists: {}, settings: {} }),
};

export class FutureVersionError extends Error {}

export function migrateLibrary(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  let file = raw as Json;
  let version = typeof file.schemaVersion === "number" ? file.schemaVersion : 0;
  if (version > LIBRARY_SCHEMA_VERSION) {
    throw new FutureVersionError(
      `schemaVersion ${version} is newer than this version of Folio understands (${LIBRARY_SCHEMA_VERSION})`,
    );
  }
  while (version < LIBRARY_SCHEMA_VERSION) {
    const step = migrations[version];
    if (!step) throw new Error(`No migration from schemaVersion ${version}`);
    file = step(file);
    version += 1;
  }
  return file;
}
