/**
 * Crash-at-a-random-moment rounds: start the child, let it edit, SIGKILL it, restart the core and check
 * that every acknowledged edit is there and both files parse. Used by the vitest test (a few rounds)
 * and by `node scripts/crash-test.mjs` (100+ rounds).
 */
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { call } from "../../main/core/dispatch";
import { openLibrary } from "../../main/core/library";

export interface RoundResult {
  acked: number;
  killedAfterMs: number;
  problems: string[];
}

async function runChild(childJs: string, dataDir: string, seedPath: string, start: number, killAfterMs: number) {
  const child = spawn(process.execPath, [childJs, dataDir, seedPath, String(start)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const acked: number[] = [];
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const lines = createInterface({ input: child.stdout });
  lines.on("line", (line) => {
    if (line.startsWith("ready")) setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    else if (line.startsWith("ack ")) acked.push(Number(line.slice(4)));
  });
  await exited;
  if (stderr.trim()) throw new Error(`crash child failed: ${stderr}`);
  return acked;
}

export async function crashRound(
  childJs: string,
  dataDir: string,
  seedPath: string,
  start: number,
  killAfterMs: number,
): Promise<RoundResult> {
  const acked = await runChild(childJs, dataDir, seedPath, start, killAfterMs);
  const problems: string[] = [];
  for (const file of ["library.json", "corpus.json"]) {
    try {
      JSON.parse(await readFile(join(dataDir, file), "utf8"));
    } catch (err) {
      problems.push(`${file} does not parse: ${(err as Error).message}`);
    }
  }
  const lib = await openLibrary({ dataDir, seedPath });
  try {
    if (lib.notices.length > 0) problems.push(`notices after restart: ${lib.notices.join("; ")}`);
    const ids = (await call(lib.handlers, "query", { limit: 500 })).items.map((r) => r.id);
    const lastAcked = new Map<string, number>();
    for (const n of acked) lastAcked.set(ids[n % ids.length] ?? "", n);
    for (const n of acked) {
      const id = ids[n % ids.length] ?? "";
      const { state } = await call(lib.handlers, "getPaper", { id });
      if (!state.tags.includes(`t${n}`)) problems.push(`acknowledged tag t${n} missing on ${id}`);
      const noted = Number(state.note.replace("note-", ""));
      // The note holds the last acknowledged edit for the paper, or a later one that reached the disk.
      if (!(noted >= (lastAcked.get(id) ?? 0)) || noted % ids.length !== n % ids.length) {
        problems.push(`note of ${id} is "${state.note}", acknowledged up to note-${lastAcked.get(id)}`);
      }
    }
  } finally {
    await lib.close();
  }
  return { acked: acked.length, killedAfterMs: killAfterMs, problems };
}
