/**
 * The child of the crash test: opens the real core on a data dir and edits as fast as it can, printing
 * `ack <n>` once edit n is acknowledged (durable). The parent kills it with SIGKILL at a random moment.
 * Edit n sets the note of paper n % papers to `note-n` and adds the tag `t<n>` to it.
 */
import { writeSync } from "node:fs";
import { call } from "../../main/core/dispatch";
import { openLibrary } from "../../main/core/library";

const [dataDir, seedPath, startArg] = process.argv.slice(2);
if (!dataDir || !seedPath) throw new Error("usage: crash-child DATA_DIR SEED [START]");

const lib = await openLibrary({ dataDir, seedPath, tuning: { compactAfterEntries: 40 } });
const ids = (await call(lib.handlers, "query", { limit: 500 })).items.map((r) => r.id);
writeSync(1, `ready ${ids.length}\n`);
for (let n = Number(startArg ?? 0); ; n++) {
  const id = ids[n % ids.length] ?? "";
  // Two edits in flight at once, as a UI typing a note while tagging would produce.
  await Promise.all([
    call(lib.handlers, "setNote", { id, note: `note-${n}` }),
    call(lib.handlers, "addTags", { ids: [id], tags: [`t${n}`] }),
  ]);
  writeSync(1, `ack ${n}\n`);
}
