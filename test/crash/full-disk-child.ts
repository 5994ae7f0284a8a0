/**
 * The child of the full-disk test: opens the real core on a data dir and answers one command per stdin
 * line with `reply <json>` (what was acknowledged, what refused and why); notices are printed as
 * `notice <level>: <message>`. The parent fills and frees the disk, then SIGKILLs it.
 *   note N small|big   set the note of paper N to `note-N` (big: plus 6,000 characters)
 *   tag N              add the tag `tN` to paper N
 *   both N small|big   both at once, as a UI typing a note while tagging would
 *   fill | free        on the injected disk: take the room away / give it back (a tmpfs is filled by the parent)
 */
import { writeSync } from "node:fs";
import { createInterface } from "node:readline";
import { call, dispatch } from "../../main/core/dispatch";
import { openLibrary } from "../../main/core/library";
import { FakeDisk } from "../helpers/fake-disk";
import { INJECTED_ROOM_LEFT, searchIndexSaved } from "../helpers/small-disk";

const [dataDir, seedPath, kind] = process.argv.slice(2);
if (!dataDir || !seedPath) throw new Error("usage: full-disk-child DATA_DIR SEED tmpfs|injected");

const disk = kind === "injected" ? new FakeDisk() : undefined;
const lib = await openLibrary({
  dataDir,
  seedPath,
  // Compact after every second edit, so a compaction also meets the full disk.
  tuning: { compactAfterEntries: 2, ...(disk ? { openFile: disk.open } : {}) },
});
lib.events.on("notice", (n) => writeSync(1, `notice ${n.level}: ${n.message}\n`));
const ids = (await call(lib.handlers, "query", { limit: 100 })).items.map((r) => r.id);
const BIG = "x".repeat(6000);
await searchIndexSaved(dataDir);
writeSync(1, "ready\n");

for await (const line of createInterface({ input: process.stdin })) {
  const [cmd = "", nArg, size] = line.split(" ");
  const n = Number(nArg);
  const id = ids[n] ?? "";
  if (disk && cmd === "fill") disk.free = INJECTED_ROOM_LEFT;
  if (disk && cmd === "free") disk.free = Number.POSITIVE_INFINITY;
  const jobs: [string, ReturnType<typeof dispatch>][] = [];
  if (cmd === "note" || cmd === "both") {
    const note = `note-${n}${size === "big" ? ` ${BIG}` : ""}`;
    jobs.push(["note", dispatch(lib.handlers, "setNote", { id, note })]);
  }
  if (cmd === "tag" || cmd === "both")
    jobs.push(["tag", dispatch(lib.handlers, "addTags", { ids: [id], tags: [`t${n}`] })]);
  const results = await Promise.all(
    jobs.map(async ([what, reply]) => {
      const env = await reply;
      return { what, n, ok: env.ok, message: env.ok ? "" : env.error.message };
    }),
  );
  writeSync(1, `reply ${JSON.stringify(results)}\n`);
}
