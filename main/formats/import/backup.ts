/**
 * Reading a Folio JSON backup.
 *
 *   parseBackup(text: string): FolioBackup   (throws an Error with a clear message when it is not one)
 */
import { BACKUP_VERSION, type FolioBackup, folioBackupSchema } from "../backup-schema";

export function parseBackup(text: string): FolioBackup {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new Error(`The backup is not valid JSON: ${(err as Error).message}`);
  }
  if (value === null || typeof value !== "object" || (value as { folio?: unknown }).folio !== "backup") {
    throw new Error('This file is not a Folio backup (it has no "folio": "backup" marker)');
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version === "number" && version > BACKUP_VERSION) {
    throw new Error(`This backup was written by a newer Folio (backup version ${version}); update Folio to restore it`);
  }
  const result = folioBackupSchema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((issue) => {
      const path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
      return `${path.replace(/^\./, "") || "(top level)"}: ${issue.message}`;
    });
    const more = result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more)` : "";
    throw new Error(`The backup is damaged: ${issues.join("; ")}${more}`);
  }
  return result.data;
}
