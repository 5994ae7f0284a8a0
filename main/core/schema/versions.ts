/**
 * The version rule of every data file (corpus.json, library.json): `schemaVersion` is a non-negative
 * integer. A file newer than this build reads is refused and left untouched (an older Folio must never
 * "recover" or rewrite a newer one's data); a missing or malformed version makes the file unreadable,
 * handled like any corrupt file.
 */

export class NewerFolioError extends Error {
  constructor(
    /** What was written by the newer Folio, as the start of the sentence ("library.json"). */
    readonly subject: string,
    readonly version: number,
    readonly supported: number,
  ) {
    super(
      `${subject} was written by a newer Folio (schemaVersion ${version}; this Folio reads up to ${supported}). ` +
        "Update Folio to open this library; nothing was changed.",
    );
    this.name = "NewerFolioError";
  }
}

/** The stated schemaVersion of a parsed file, or a throw: NewerFolioError, or an Error saying what is wrong. */
export function statedVersion(file: Record<string, unknown>, fileName: string, supported: number): number {
  if (!("schemaVersion" in file)) throw new Error("schemaVersion is missing");
  const version = file.schemaVersion;
  if (typeof version !== "number" || !Number.isSafeInteger(version) || version < 0) {
    throw new Error(`schemaVersion ${JSON.stringify(version)} is not a version number`);
  }
  if (version > supported) throw new NewerFolioError(fileName, version, supported);
  return version;
}

export function isJsonObject(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === "object" && raw !== null && !Array.isArray(raw);
}
