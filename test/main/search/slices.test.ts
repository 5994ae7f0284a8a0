import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { smallestK } from "../../../main/search/order";
import { Slicer, sortInSlices } from "../../../main/search/slices";

describe("sortInSlices", () => {
  it("sorts stably like Array.prototype.sort, yielding between slices", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: 50 }), { maxLength: 3000 }), async (keys) => {
        const items = keys.map((k, i) => ({ k, i }));
        const slicer = new Slicer(0);
        const sorted = await sortInSlices(items, (a, b) => a.k - b.k, slicer);
        expect(sorted).toEqual([...items].sort((a, b) => a.k - b.k));
        if (items.length > 1024) expect(slicer.pauses).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });
});

describe("smallestK", () => {
  it("returns the first k by (key, slot), like a full sort", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 400 }), fc.nat({ max: 450 }), (keys, k) => {
        const hits = Int32Array.from(keys, (_, i) => i);
        const expected = [...hits].sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b).slice(0, k);
        expect(smallestK(hits, (s) => keys[s] as number, k)).toEqual(expected);
      }),
    );
  });
});
