/**
 * The on-disk shapes of corpus.json and library.json, validated on every load. A file that fails these
 * schemas is never overwritten: it is moved aside and the newest good backup is restored.
 */
import { z } from "zod";
import { PRIORITIES, STATUSES } from "../../../shared/model/user-state";

export const LIBRARY_SCHEMA_VERSION = 1;
export const CORPUS_SCHEMA_VERSION = 1;

const iso = z.string();

export const highlightSchema = z.object({
  id: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string(),
  comment: z.string(),
  createdAt: iso,
});

export const paperStateSchema = z.object({
  status: z.enum(STATUSES),
  statusChangedAt: iso.optional(),
  readAt: iso.optional(),
  priority: z.enum(PRIORITIES),
  starred: z.boolean(),
  tags: z.array(z.string()),
  note: z.string(),
  noteUpdatedAt: iso.optional(),
  highlights: z.array(highlightSchema),
  updatedAt: iso.optional(),
});

export const libraryFileSchema = z.object({
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  /** The last journal sequence number folded into this snapshot. */
  journalSeq: z.number().int().min(0),
  papers: z.record(z.string(), paperStateSchema),
  tags: z.record(z.string(), z.object({ color: z.string().optional() })),
});
export type LibraryFile = z.infer<typeof libraryFileSchema>;

export const paperSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  abstract: z.string(),
  links: z.array(z.string()),
  authors: z.array(z.string()),
  year: z.number().int().optional(),
  venue: z.string().optional(),
  doi: z.string().optional(),
  arxivId: z.string().optional(),
  url: z.string().optional(),
  source: z.string(),
  addedAt: iso,
});

export const corpusFileSchema = z.object({
  schemaVersion: z.literal(CORPUS_SCHEMA_VERSION),
  papers: z.array(paperSchema),
});
export type CorpusFile = z.infer<typeof corpusFileSchema>;

export function emptyLibrary(): LibraryFile {
  return { schemaVersion: LIBRARY_SCHEMA_VERSION, journalSeq: 0, papers: {}, tags: {} };
}

export function emptyCorpus(): CorpusFile {
  return { schemaVersion: CORPUS_SCHEMA_VERSION, papers: [] };
}
