/**
 * The Folio JSON backup: everything needed to rebuild a library, in one file.
 *
 *   FolioBackup = { folio: "backup", version: 1, exportedAt, papers: Paper[],
 *                   states: Record<paperId, PaperState>, tags: Record<tagKey, { color? }>,
 *                   savedSearches: unknown[] }
 *
 * Written by export/backup.ts (`toBackup`), read and validated by import/backup.ts (`parseBackup`).
 * Paper and state shapes are the store's own schemas, so a backup holds exactly what the store holds.
 */
import { z } from "zod";
import { paperSchema, paperStateSchema, tagMetaSchema } from "../core/schema/files";
import { ownRecordSchema } from "../core/schema/own-record";

export const BACKUP_VERSION = 1;

export const folioBackupSchema = z
  .object({
    folio: z.literal("backup"),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.string(),
    papers: z.array(paperSchema),
    states: ownRecordSchema(paperStateSchema),
    tags: ownRecordSchema(tagMetaSchema),
    savedSearches: z.array(z.unknown()),
  })
  .superRefine((backup, ctx) => {
    const seen = new Set<string>();
    backup.papers.forEach((paper, i) => {
      if (seen.has(paper.id)) {
        ctx.addIssue({ code: "custom", path: ["papers", i, "id"], message: `duplicate paper id "${paper.id}"` });
      }
      seen.add(paper.id);
    });
  });

export type FolioBackup = z.infer<typeof folioBackupSchema>;
