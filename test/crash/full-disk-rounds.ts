/**
 * The full-disk round: edit, fill the disk, edit (refused, torn, a compaction failing), free it, edit,
 * SIGKILL the child, restart the core and check that every acknowledged edit is there and no refused one.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { call } from "../../main/core/dispatch";
import { openLibrary } from "../../main/core/library";
import type { SmallDisk } from "../helpers/small-disk";

interface Outcome {
  what: "note" | "tag";
  n: number;
  ok: boolean;
  message: string;
}

export interface FullDiskRun {
  acknowledged: Outcome[];
  refused: Outcome[];
  notices: string[];
  problems: string[];
  summary: string;
}

const SCRIPT: ("fill" | "free" | string)[] = [
  "both 0 small",
  "tag 1",
  "fill",
  "tag 2",
  "both 3 big",
  "both 4 big",
  "free",
  "both 5 big",
  "both 6 big",
];

export async function runFullDiskChild(
  childJs: string,
  dataDir: string,
  seedPath: string,
  disk: SmallDisk,
): Promise<FullDiskRun> {
  const child = spawn(process.execPath, [childJs, dataDir, seedPath, disk.kind], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const notices: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  createInterface({ input: child.stdout }).on("line", (line) => {
    if (line.startsWith("notice ")) notices.push(line.slice(7));
    else waiting.shift()?.(line);
  });
  const next = () =>
    new Promise<string>((resolve, reject) => {
      waiting.push(resolve);
      void exited.then(() => reject(new Error(`full-disk child exited: ${stderr}`)));
    });
  const outcomes: Outcome[] = [];
  try {
    if ((await next()) !== "ready") throw new Error(`full-disk child did not start: ${stderr}`);
    for (const step of SCRIPT) {
      if (step === "fill") await disk.fill();
      if (step === "free") await disk.free();
      const reply = next();
      child.stdin.write(`${step}\n`);
      outcomes.push(...(JSON.parse((await reply).replace(/^reply /, "")) as Outcome[]));
    }
  } finally {
    child.kill("SIGKILL");
    await exited;
  }

  const problems: string[] = [];
  const lib = await openLibrary({ dataDir, seedPath });
  try {
    if (lib.notices.length > 0) problems.push(`notices after restart: ${lib.notices.join("; ")}`);
    const ids = (await call(lib.handlers, "query", { limit: 100 })).items.map((r) => r.id);
    for (const o of outcomes) {
      const { state } = await call(lib.handlers, "getPaper", { id: ids[o.n] ?? "" });
      const there = o.what === "note" ? state.note.startsWith(`note-${o.n}`) : state.tags.includes(`t${o.n}`);
      if (o.ok && !there) problems.push(`acknowledged ${o.what} ${o.n} is missing`);
      if (!o.ok && there) problems.push(`refused ${o.what} ${o.n} is there`);
    }
  } finally {
    await lib.close();
  }
  const acknowledged = outcomes.filter((o) => o.ok);
  const refused = outcomes.filter((o) => !o.ok);
  const list = (os: Outcome[]) => os.map((o) => `${o.what} ${o.n}`).join(", ");
  const summary = `acknowledged ${list(acknowledged)}; refused ${list(refused)}`;
  return { acknowledged, refused, notices, problems, summary };
}
