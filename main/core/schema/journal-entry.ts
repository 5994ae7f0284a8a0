/**
 * What a replayed journal line must be before it may touch the snapshot: a sequence number Folio could
 * have written, a known collection, and a record that passes that collection's schema (or null, to
 * delete it). A batch line holds such changes, and is refused whole if any of them is bad.
 */
import { z } from "zod";
import { recordSchemas } from "./files";

/**
 * The largest sequence number a replayed entry may carry: 2^50 edits is beyond any real journal, and it
 * leaves 2^53 - 2^50 further appends before the counter would stop being an exact (safe) integer.
 */
export const MAX_REPLAYED_SEQ = 2 ** 50;

/** The kind of a line holding an all-or-nothing group of changes. */
export const JOURNAL_BATCH = "batch";

type CollectionKey = keyof typeof recordSchemas;

const change = <K extends CollectionKey>(k: K) =>
  z.object({ k: z.literal(k), id: z.string(), v: recordSchemas[k].nullable() });

const changeSchema = z.discriminatedUnion("k", [
  change("papers"),
  change("tags"),
  change("corpus"),
  change("smartLists"),
  change("settings"),
]);

const batchSchema = z.object({ k: z.literal(JOURNAL_BATCH), id: z.string(), v: z.array(changeSchema) });

export const journalEntrySchema = z.intersection(
  z.object({ s: z.number().int().min(0).max(MAX_REPLAYED_SEQ) }),
  z.discriminatedUnion("k", [...changeSchema.options, batchSchema]),
);
