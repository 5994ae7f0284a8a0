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
} as const;

const id = z.string().min(1).max(LIMITS.idLength);
const ids = z.array(id).min(1).max(LIMITS.idsPerCall);
const tag = z
  .string()
  .trim()
  .min(1, "A tag cannot be empty")
  .max(LIMITS.tagLength, `A tag is at most ${LIMITS.tagLength} characters`)
  .refine((t) => !/\p{Cc}/u.test(t), "A tag cannot contain control characters");

export const statusSchema = z.enum(STATUSES);
export const prioritySchema = z.enum(PRIORITIES);

export const SORT_KEYS = ["relevance", "title", "added", "changed", "status", "priority"] as const;
export const sortSchema = z.strictObject({
  key: z.enum(SORT_KEYS),
  dir: z.enum(["asc", "desc"]),
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
