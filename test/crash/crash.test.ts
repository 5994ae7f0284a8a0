/**
 * SIGKILL at random moments while edits stream in: every acknowledged edit survives and both files
 * parse. CI runs a few rounds; `node scripts/crash-test.mjs 100` runs the long version.
 */
import { describe, expect, it } from "vitest";
import { makeTempDir, removeDir, SEED_PATH } from "../helpers/temp-library";
import { buildCrashChild } from "./build-child";
import { crashRound } from "./crash-rounds";

describe("crash safety", () => {
  it("keeps every acknowledged edit across SIGKILLs", { timeout: 120_000 }, async () => {
    const child = await buildCrashChild();
    const dir = await makeTempDir("folio-crash-");
    try {
      let start = 0;
      let totalAcked = 0;
      // Deterministic spread of kill moments, from during start-up to well into a burst.
      for (const killAfterMs of [0, 15, 40, 90, 160, 250]) {
        const round = await crashRound(child, dir, SEED_PATH, start, killAfterMs);
        expect(round.problems).toEqual([]);
        start += 10_000;
        totalAcked += round.acked;
      }
      expect(totalAcked).toBeGreaterThan(50);
    } finally {
      await removeDir(dir);
    }
  });
});
