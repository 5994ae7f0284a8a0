/**
 * Ordered migrations of library.json. `migrations[n]` lifts a file of schemaVersion n to n + 1.
 * A file newer than this build knows is refused (never downgraded or overwritten); see ./versions.
 */
import { LIBRARY_SCHEMA_VERSION } from "./files";
import { isJsonObject, statedVersion } from "./versions";

type Json = Record<string, unknown>;
type Migration = (file: Json) => Json;

export const migrations: Record<number, Migration> = {
  /** v0: the pre-release layout had no journal and no tag registry. */
  0: (file) => ({ ...file, schemaVersion: 1, journalSeq: 0, tags: file.tags ?? {} }),
  /** v1 -> v2: hand-added/edited/deleted papers, smart lists and settings live in library.json. */
  1: (file) => ({ ...file, schemaVersion: 2, corpus: {}, smartLists: {}, settings: {} }),
};

/** Keys that appeared after v0: a file holding any of them without a schemaVersion is damaged, not v0. */
const LATER_KEYS = ["journalSeq", "tags", "corpus", "smartLists", "settings"];

/**
 * The pre-release layout stated no version: a file with nothing but what v0 had is v0. Any other file
 * without a valid version is unreadable, so migrating it can never wipe what later versions added.
 */
function versionOf(file: Json): number {
  const isV0 = !("schemaVersion" in file) && !LATER_KEYS.some((key) => key in file);
  return isV0 ? 0 : statedVersion(file, "library.json", LIBRARY_SCHEMA_VERSION);
}

export function migrateLibrary(raw: unknown): unknown {
  if (!isJsonObject(raw)) return raw;
  let file = raw;
  let version = versionOf(file);
  while (version < LIBRARY_SCHEMA_VERSION) {
    const step = migrations[version];
    if (!step) throw new Error(`No migration from schemaVersion ${version}`);
    file = step(file);
    version += 1;
  }
  return file;
}
