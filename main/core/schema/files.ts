/**
 * The on-disk shapes of corpus.json and library.json, validated on every load. A file that fails these
 * schemas is never overwritten: it is moved aside and the newest good backup is restored.
 */
import { z } from "zod";
import { SORT_KEYS } from "../../../shared/api/schemas";
import { PRIORITIES, STATUSES } from "../../../shared/model/user-state";
import { ownRecord, ownRecordSchema } from "./own-record";

export const LIBRARY_SCHEMA_VERSION = 2;
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

/** A change to the corpus kept in library.json until the next corpus write (so an edit stays O(1)). */
export const corpusEditSchema = z.union([z.object({ paper: paperSchema }), z.object({ deleted: z.literal(true) })]);

export const smartListSchema = z.object({
  name: z.string(),
  query: z.object({
    text: z.string(),
    status: z.enum(STATUSES).optional(),
    tags: z.array(z.string()),
    tagMode: z.enum(["any", "all"]),
    sort: z.object({ key: z.enum(SORT_KEYS), dir: z.enum(["asc", "desc"]) }),
  }),
  createdAt: iso,
});

export const tagMetaSchema = z.object({ color: z.string().optional() });

export const settingsSchema = z.object({
  theme: z.enum(["system", "light", "dark"]),
});

/** The record schema of each collection of library.json (a journal entry puts or deletes one record). */
export const recordSchemas = {
  papers: paperStateSchema,
  tags: tagMetaSchema,
  /** Papers added by hand, edited or deleted since corpus.json was last written. */
  corpus: corpusEditSchema,
  smartLists: smartListSchema,
  settings: settingsSchema,
};

export const libraryFileSchema = z.object({
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  /** The last journal sequence number folded into this snapshot (a safe integer: zod's int()). */
  journalSeq: z.number().int().min(0),
  papers: ownRecordSchema(recordSchemas.papers),
  tags: ownRecordSchema(recordSchemas.tags),
  corpus: ownRecordSchema(recordSchemas.corpus),
  smartLists: ownRecordSchema(recordSchemas.smartLists),
  settings: ownRecordSchema(recordSchemas.settings),
});
export type LibraryFile = z.infer<typeof libraryFileSchema>;
export type CorpusEdit = z.infer<typeof corpusEditSchema>;
export type SmartListRecord = z.infer<typeof smartListSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = { theme: "system" };

export const corpusFileSchema = z.object({
  schemaVersion: z.literal(CORPUS_SCHEMA_VERSION),
  papers: z.array(paperSchema),
});
export type CorpusFile = z.infer<typeof corpusFileSchema>;

export function emptyLibrary(): LibraryFile {
  return {
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    journalSeq: 0,
    papers: ownRecord(),
    tags: ownRecord(),
    corpus: ownRecord(),
    smartLists: ownRecord(),
    settings: ownRecord(),
  };
}

export function emptyCorpus(): CorpusFile {
  return { schemaVersion: CORPUS_SCHEMA_VERSION, papers: [] };
}
