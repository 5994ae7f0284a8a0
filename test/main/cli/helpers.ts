/** Run the CLI in-process with captured output, and a temp app root for `serve`. */
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect } from "vitest";
import type { CliIo } from "../../../main/cli/io";
import { runCli } from "../../../main/cli/run";
import { SEED_PATH } from "../../helpers/temp-library";

export interface Captured {
  io: CliIo;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the first complete stdout line. */
  firstLine: Promise<string>;
  /** Ends a running `serve` as SIGINT would. */
  stop: () => void;
}

export function capture(appRoot?: string): Captured {
  let out = "";
  let err = "";
  let stop = () => {};
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  let gotLine: (line: string) => void = () => {};
  const firstLine = new Promise<string>((resolve) => {
    gotLine = resolve;
  });
  const io: CliIo = {
    stdout: (text) => {
      out += text;
      const end = out.indexOf("\n");
      if (end !== -1) gotLine(out.slice(0, end));
    },
    stderr: (text) => {
      err += text;
    },
    env: {},
    untilStopped: () => stopped,
    ...(appRoot ? { appRoot } : {}),
  };
  return { io, stdout: () => out, stderr: () => err, firstLine, stop };
}

export async function run(argv: string[], appRoot?: string) {
  const c = capture(appRoot);
  const code = await runCli(argv, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

/** A usage error: exit code 2, nothing on stdout, the message and the usage on stderr. */
export async function expectUsageError(argv: string[], message: RegExp): Promise<void> {
  const { code, stdout, stderr } = await run(argv);
  expect(code).toBe(2);
  expect(stdout).toBe("");
  expect(stderr).toMatch(message);
  expect(stderr).toContain("Usage: folio");
}

/** An app root with the bundled page and a tiny built renderer, like an installed Folio. */
export async function makeAppRoot(root: string, withRenderer = true): Promise<string> {
  const appRoot = join(root, "app");
  await mkdir(join(appRoot, "data"), { recursive: true });
  await copyFile(SEED_PATH, join(appRoot, "data", "trending-papers.txt"));
  await writeFile(join(appRoot, "package.json"), JSON.stringify({ name: "folio", version: "9.9.9" }));
  if (withRenderer) {
    await mkdir(join(appRoot, "dist", "renderer"), { recursive: true });
    await writeFile(join(appRoot, "dist", "renderer", "index.html"), "<!doctype html><title>Folio</title>\n");
  }
  return appRoot;
}
