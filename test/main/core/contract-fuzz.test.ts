/**
 * 10,000 random and mutated calls through the contract's one entry point: every answer is a
 * well-formed envelope, nothing throws or rejects unhandled, and a rejected call changes nothing
 * (neither the journal on disk nor the figures in memory).
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, dispatch } from "../../../main/core/dispatch";
import type { Library } from "../../../main/core/library";
import { isEnvelope } from "../../../shared/api/errors";
import { METHOD_NAMES } from "../../../shared/api/schemas";
import { makeTempDir, openSeeded, removeDir } from "../../helpers/temp-library";

let dir: string;
let lib: Library;
let ids: string[];

beforeAll(async () => {
  dir = await makeTempDir();
  lib = await openSeeded(dir);
  ids = (await call(lib.handlers, "query", { limit: 500 })).items.map((r) => r.id);
});
afterAll(async () => {
  await lib.close();
  await removeDir(dir);
});

const journalSize = async () => (await stat(join(dir, "library.journal")).catch(() => ({ size: 0 }))).size;

/** Plausible argument objects: the right keys with values that are sometimes right, often not. */
function plausibleArg(): fc.Arbitrary<unknown> {
  const id = fc.oneof(fc.constantFrom(...ids.slice(0, 5)), fc.string(), fc.constant(""), fc.integer());
  const value = fc.oneof(
    fc.constantFrom("unread", "reading", "read", "high", "none", "blue", "dark", true, null),
    fc.string({ maxLength: 30 }),
    fc.integer({ min: -5, max: 1_000_000 }),
    fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
    fc.anything(),
  );
  const keys = fc.constantFrom(
    "id",
    "ids",
    "status",
    "priority",
    "starred",
    "tags",
    "tag",
    "note",
    "text",
    "offset",
    "limit",
    "from",
    "to",
    "color",
    "title",
    "fields",
    "start",
    "end",
    "quote",
    "comment",
    "highlightId",
    "name",
    "query",
    "theme",
    "sort",
    "__proto__",
    "constructor",
  );
  return fc.oneof(
    fc.dictionary(keys, fc.oneof(value, id, fc.array(id, { maxLength: 3 })), { maxKeys: 5 }),
    fc.anything(),
  );
}

describe("the contract under random input", () => {
  it("answers 10,000 random calls with envelopes, and rejected calls change nothing", {
    timeout: 120_000,
  }, async () => {
    const methods = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...METHOD_NAMES) },
      { weight: 1, arbitrary: fc.constantFrom("toString", "__proto__", "constructor", "hasOwnProperty", "") },
      { weight: 1, arbitrary: fc.string() },
    );
    let rejected = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(methods, plausibleArg(), async (method, arg) => {
        const sizeBefore = await journalSize();
        const statsBefore = JSON.stringify(await call(lib.handlers, "stats", {}));
        const env = await dispatch(lib.handlers, method, arg);
        expect(isEnvelope(env)).toBe(true);
        if (env.ok) {
          accepted += 1;
          return;
        }
        rejected += 1;
        expect(env.error.message.length).toBeGreaterThan(0);
        expect(await journalSize()).toBe(sizeBefore);
        expect(JSON.stringify(await call(lib.handlers, "stats", {}))).toBe(statsBefore);
      }),
      { numRuns: 10_000, seed: 20261126 },
    );
    expect(rejected + accepted).toBe(10_000);
    expect(rejected).toBeGreaterThan(5_000);
  });
});
