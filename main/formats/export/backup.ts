/**
 * Writing a Folio JSON backup (read back by import/backup.ts `parseBackup`).
 *
 *   toBackup(data: BackupData, opts: { exportedAt: string }): string     pretty-printed JSON
 */
import type { Paper } from "../../../shared/model/paper";
import type { PaperState, TagMeta } from "../../../shared/model/user-state";
import { BACKUP_VERSION, type FolioBackup } from "../backup-schema";

export interface BackupData {
  papers: Paper[];
  states: Record<string, PaperState>;
  tags: Record<string, TagMeta>;
  savedSearches: unknown[];
}

export function toBackup(data: BackupData, opts: { exportedAt: string }): string {
  const backup: FolioBackup = {
    folio: "backup",
    version: BACKUP_VERSION,
    exportedAt: opts.exportedAt,
    papers: data.papers,
    states: data.states,
    tags: data.tags,
    savedSearches: data.savedSearches,
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}
