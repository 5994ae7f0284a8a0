/** `node scripts/crash-test.mjs [ROUNDS]`: the long crash test, with a summary line per 10 rounds. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCrashChild } from "./build-child";
import { crashRound } from "./crash-rounds";

const rounds = Number(process.argv[2] ?? 100);
const seedPath = process.argv[3] ?? "data/trending-papers.txt";
const child = await buildCrashChild("test/crash/crash-child.ts");
const dir = await mkdtemp(join(tmpdir(), "folio-crash-"));
let acked = 0;
let failed = 0;
// A seeded LCG so a run can be repeated exactly.
let seed = 20261126;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
for (let i = 0; i < rounds; i++) {
  const killAfterMs = Math.floor(random() * 300);
  const round = await crashRound(child, dir, seedPath, i * 100_000, killAfterMs);
  acked += round.acked;
  if (round.problems.length > 0) {
    failed += 1;
    console.log(`round ${i + 1}: killed after ${killAfterMs} ms: ${round.problems.slice(0, 3).join("; ")}`);
  }
  if ((i + 1) % 10 === 0)
    console.log(`${i + 1} rounds, ${acked} acknowledged edits checked, ${failed} rounds lost data`);
}
await rm(dir, { recursive: true, force: true });
console.log(`${rounds - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
