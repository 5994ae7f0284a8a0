/**
 * Runtime schemas of every API method's argument. Each method takes ONE argument object.
 * This file and `contract.ts` are the single source: main, preload, server, CLI and renderer derive
 * from them. Limits here are the product's limits (a note up to 1 MB, a tag up to 100 characters).
 */
import { z } from "zod";
import { PRIORITIES, STATUSES } from "../model/user-state";

export const LIMITS = {
  idLength: 200,
  tagLength: 100,
  noteLength: 1_000_000,
  queryLength: 1_000,
  idsPerCall: 100_000,
  tagsPerCall: 100,
  pageSize: 500,
  importBytes: 64 * 1024 * 1024,
} as const;

const id = z.string().min(1).max(LIMITS.idLength);
const ids = z.array(id).min(1).max(LIMITS.idsPerCall);
const tag = z
  .string()
  .trim()
  .min(1, "A tag cannot be empty")
  .max(LIMITS.tagLength, `A tag is at most ${LIMITS.tagLength} characters`)
  .refine((t) => !/\p{Cc}/u.test(t), "A tag cannot contain control characters");

/** The tag color palette: names, so themes can map them to light and dark shades. */
export const TAG_COLORS = ["gray", "red", "orange", "yellow", "green", "teal", "blue", "purple", "pink"] as const;

const optionalText = (max: number) => z.string().max(max).optional();
const year = z.number().int().min(1000).max(3000);
const paperFields = {
  title: z.string().trim().min(1, "A title is required").max(2_000),
  abstract: optionalText(100_000),
  url: z
    .string()
    .trim()
    .max(2_048)
    .refine((u) => u === "" || /^https?:\/\/\S+$/i.test(u), "The URL must start with http:// or https://")
    .optional(),
  authors: z.array(z.string().trim().min(1).max(500)).max(1_000).optional(),
  year: year.optional(),
  venue: optionalText(1_000),
  doi: optionalText(500),
};

/** File formats Folio reads (detected from the content when not given). */
export const IMPORT_FORMATS = [
  "trending-page",
  "bibtex",
  "ris",
  "csl-json",
  "zotero-csv",
  "arxiv-atom",
  "folio-json",
] as const;
/** File formats Folio writes. */
export const EXPORT_FORMATS = ["markdown", "markdown-folder", "bibtex", "csv", "csl-json", "json"] as const;

export const statusSchema = z.enum(STATUSES);
export const prioritySchema = z.enum(PRIORITIES);

export const SORT_KEYS = ["relevance", "title", "added", "changed", "status", "priority"] as const;
export const sortSchema = z.strictObject({
  key: z.enum(SORT_KEYS),
  dir: z.enum(["asc", "desc"]),
});

/** The saved part of a query (a smart list): no paging. */
export const savedQuerySchema = z.strictObject({
  text: z.string().max(LIMITS.queryLength).default(""),
  status: z.enum(STATUSES).optional(),
  tags: z.array(z.string().trim().min(1).max(LIMITS.tagLength)).max(LIMITS.tagsPerCall).default([]),
  tagMode: z.enum(["any", "all"]).default("any"),
  sort: z
    .strictObject({
      key: z.enum(["relevance", "title", "added", "changed", "status", "priority"]),
      dir: z.enum(["asc", "desc"]),
    })
    .default({ key: "added", dir: "asc" }),
});

export const querySchema = z.strictObject({
  text: z.string().max(LIMITS.queryLength).default(""),
  status: statusSchema.optional(),
  tags: z.array(tag).max(LIMITS.tagsPerCall).default([]),
  tagMode: z.enum(["any", "all"]).default("any"),
  sort: sortSchema.default({ key: "added", dir: "asc" }),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(0).max(LIMITS.pageSize).default(100),
});

const empty = z.strictObject({});

export const methodSchemas = {
  /** One window of light rows matching a query, plus the total. */
  query: querySchema,
  /** The full record and user state of one paper, for the detail pane. */
  getPaper: z.strictObject({ id }),
  /** Sidebar figures: counts per status and per tag. */
  stats: empty,
  /** Set the read status of one or more papers. */
  setStatus: z.strictObject({ ids, status: statusSchema }),
  /** Add tags to one or more papers (case-insensitively unique per paper). */
  addTags: z.strictObject({ ids, tags: z.array(tag).min(1).max(LIMITS.tagsPerCall) }),
  /** Remove tags from one or more papers (matched case-insensitively). */
  removeTags: z.strictObject({ ids, tags: z.array(tag).min(1).max(LIMITS.tagsPerCall) }),
  /** Replace a paper's Markdown note. */
  setNote: z.strictObject({
    id,
    note: z.string().max(LIMITS.noteLength, "A note is at most 1 MB"),
  }),
  /** Set the priority of one or more papers. */
  setPriority: z.strictObject({ ids, priority: prioritySchema }),
  /** Star or unstar one or more papers. */
  setStarred: z.strictObject({ ids, starred: z.boolean() }),
  /** Give a tag a palette color, or clear it with null. */
  setTagColor: z.strictObject({ tag, color: z.enum(TAG_COLORS).nullable() }),
  /** Rename a tag (and its `/` children) everywhere; onto an existing tag it merges. Undoable. */
  renameTag: z.strictObject({ from: tag, to: tag }),
  /** Remove a tag from every paper. Undoable. */
  deleteTag: z.strictObject({ tag }),
  /** Highlight a span of a paper's abstract; `quote` must equal the abstract's text at [start, end). */
  addHighlight: z
    .strictObject({
      id,
      start: z.number().int().min(0),
      end: z.number().int().min(1),
      quote: z.string().min(1).max(20_000),
      comment: z.string().max(LIMITS.noteLength).default(""),
    })
    .refine((h) => h.end > h.start, "A highlight must end after it starts"),
  updateHighlight: z.strictObject({ id, highlightId: id, comment: z.string().max(LIMITS.noteLength) }),
  deleteHighlight: z.strictObject({ id, highlightId: id }),
  /** Add a paper by hand. */
  addPaper: z.strictObject(paperFields),
  /** Edit a paper's bibliographic fields. */
  updatePaper: z.strictObject({
    id,
    /** "" removes a URL, venue or DOI (the abstract becomes empty); year null removes the year. */
    fields: z.strictObject({ ...paperFields, year: year.nullable() }).partial(),
  }),
  /** Delete papers with their notes and highlights. Undoable. */
  deletePapers: z.strictObject({ ids }),
  /** Read an import file and report what importing it would do; nothing is written. */
  previewImport: z.strictObject({
    text: z.string().max(LIMITS.importBytes, "An import file is at most 64 MB"),
    filename: z.string().max(1_000).optional(),
    format: z.enum(IMPORT_FORMATS).optional(),
    keywordsAsTags: z.boolean().default(true),
  }),
  /** Carry out a previewed import in one step: all of it or, on failure, none of it. */
  commitImport: z.strictObject({ token: z.string().min(1).max(200) }),
  /** Render papers (all, those matching a query, or chosen ids) in a file format. */
  exportLibrary: z
    .strictObject({
      format: z.enum(EXPORT_FORMATS),
      scope: z.enum(["all", "query", "ids"]).default("all"),
      query: savedQuerySchema.optional(),
      ids: ids.optional(),
      bom: z.boolean().default(false),
    })
    .refine((a) => a.scope !== "ids" || a.ids, "scope ids needs ids")
    .refine((a) => a.scope !== "query" || a.query, "scope query needs a query"),
  /** Revert the last destructive or bulk action (on disk too). */
  undo: empty,
  getSettings: empty,
  setSettings: z.strictObject({ theme: z.enum(["system", "light", "dark"]) }),
  /** Save a query under a name in the sidebar. */
  saveSmartList: z.strictObject({ name: z.string().trim().min(1).max(200), query: savedQuerySchema }),
  renameSmartList: z.strictObject({ id, name: z.string().trim().min(1).max(200) }),
  /** Delete a smart list. Undoable. */
  deleteSmartList: z.strictObject({ id }),
} as const;

export type MethodName = keyof typeof methodSchemas;
export const METHOD_NAMES = Object.keys(methodSchemas) as MethodName[];

/** What a caller passes (defaults may be omitted). */
export type MethodInput<M extends MethodName> = z.input<(typeof methodSchemas)[M]>;
/** What the implementation receives after validation (defaults filled in). */
export type MethodArg<M extends MethodName> = z.output<(typeof methodSchemas)[M]>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methodSchemas, name);
}
