/** What a failed write means for the user, in words: a full disk, a quota, a failing drive. */

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: "The disk is full",
  EDQUOT: "The disk quota is used up",
  EIO: "The disk reported an error",
  EROFS: "The disk is read-only",
};

/** "The disk is full" for an error from the file system Folio can explain, else undefined. */
export function diskTrouble(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" && Object.hasOwn(REASONS, code) ? REASONS[code] : undefined;
}
