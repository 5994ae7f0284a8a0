/**
 * Permission denied for real: the CLI, bundled as `npm run build` bundles it, run as the unprivileged
 * user `nobody` (root ignores mode bits, so only another user shows EACCES). A folder it may not write:
 * list works read-only, import refuses in one sentence; a library.json it may not read: one sentence,
 * nothing moved. Skipped (with the reason printed) when the tests do not run as root.
 */
import { spawnSync } from "node:child_process";
import { chmod, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../../../main/core/dispatch";
import { fileTree } from "../../helpers/file-tree";
import { makeTempDir, openSeeded, removeDir } from "../../helpers/temp-library";
import { makeAppRoot } from "./helpers";

const NOBODY = 65534;
const skipped = process.getuid?.() === 0 ? undefined : "not running as root, so cannot run the CLI as another user";

let root: string;
let cli: string;
let lib: string;
let first: string;

beforeAll(async () => {
  console.log(skipped ? `permission tests skipped: ${skipped}` : `permission tests run the CLI as uid ${NOBODY}`);
  if (skipped) return;
  root = await makeTempDir();
  await chmod(root, 0o755);
  const appRoot = await makeAppRoot(root, false);
  cli = join(appRoot, "dist", "cli", "folio.mjs");
  await build({
    entryPoints: [join(import.meta.dirname, "../../../main/cli/index.ts")],
    outfile: cli,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  lib = join(root, "lib");
  const library = await openSeeded(lib);
  first = (await call(library.handlers, "query", { limit: 1 })).items[0]?.id as string;
  await call(library.handlers, "setStatus", { ids: [first], status: "reading" });
  await library.close();
  await chmod(lib, 0o755);
}, 30_000);

afterAll(async () => {
  if (root) await removeDir(root);
});

function asNobody(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    uid: NOBODY,
    gid: NOBODY,
    env: { PATH: process.env.PATH ?? "" },
    encoding: "utf8",
    timeout: 15_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("a library folder the user may not write", () => {
  it("list opens it read-only and says so in one line", ({ skip }) => {
    skip(skipped !== undefined, skipped);
    const { code, stdout, stderr } = asNobody(["list", "--data-dir", lib, "--json"]);
    expect(stderr).toBe(
      `folio: note: ${lib} cannot be written (permission denied), so the library was opened read-only.\n`,
    );
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as { id: string; status: string }[];
    expect(entries).toHaveLength(86);
    expect(entries.find((e) => e.id === first)?.status).toBe("reading");
  });

  it("import refuses in one sentence", async ({ skip }) => {
    skip(skipped !== undefined, skipped);
    const bib = join(root, "one.bib");
    await writeFile(bib, "@article{k, title={A Paper That Cannot Be Imported}, year={2024}}\n");
    await chmod(bib, 0o644);
    const { code, stdout, stderr } = asNobody(["import", bib, "--data-dir", lib]);
    expect(stderr).toBe(
      `folio: import needs to write the library, but ${lib} cannot be written (permission denied): make the folder writable, or copy the library to one that is (list and export work read-only).\n`,
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
  });
});

describe("a data file the user may not read", () => {
  it.for(["library.json", "library.journal", "corpus.json"])(
    "%s is named in one sentence and left where it is",
    async (name, { skip }) => {
      skip(skipped !== undefined, skipped);
      const path = join(lib, name);
      await chmod(lib, 0o777);
      await chmod(path, 0o600);
      try {
        const before = await fileTree(lib);
        const { code, stdout, stderr } = asNobody(["list", "--data-dir", lib]);
        expect(stderr).toBe(
          `folio: Folio is not allowed to open ${path} (permission denied): give your user access to it, or use another library folder.\n`,
        );
        expect(code).toBe(1);
        expect(stdout).toBe("");
        expect(await fileTree(lib)).toEqual(before);
      } finally {
        await chmod(path, 0o644);
        await chmod(lib, 0o755);
      }
    },
  );
});
