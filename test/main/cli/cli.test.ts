import { readFile, writeFile } from "node:fs/promises";
import { type AddressInfo, createServer } from "node:net";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../../main/cli/run";
import { call } from "../../../main/core/dispatch";
import { makeTempDir, openSeeded, removeDir } from "../../helpers/temp-library";
import { capture, expectUsageError, makeAppRoot, run } from "./helpers";

let root: string;
let dataDir: string;

beforeEach(async () => {
  root = await makeTempDir();
  dataDir = join(root, "data");
});
afterEach(async () => {
  await removeDir(root);
});

const ENTRY_KEYS = ["abstract", "id", "links", "note", "priority", "starred", "status", "tags", "title"];

describe("help and usage errors", () => {
  it.each([[["--help"]], [["-h"]], [["help"]], [[]], [["list", "--help"]]])("%j prints the usage", async (argv) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    for (const word of ["serve", "list", "help", "--data-dir DIR", "--port N", "--json", "--version"]) {
      expect(stdout).toContain(word);
    }
  });

  it("prints the version from package.json", async () => {
    const pkg = JSON.parse(await readFile(new URL("../../../package.json", import.meta.url), "utf8"));
    const { code, stdout } = await run(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toBe(`folio ${pkg.version}\n`);
  });

  it.each([
    [["frobnicate"], /unknown command "frobnicate"/],
    [["list", "--bogus"], /bogus/],
    [["list", "extra"], /extra/],
    [["--bogus"], /bogus/],
    [["serve", "--port", "http"], /--port must be a port number/],
    [["serve", "--port", "70000"], /--port must be a port number/],
  ])("%j exits 2 with the message and the usage on stderr", async (argv, message) => {
    await expectUsageError(argv, message);
  });
});

describe("folio list", () => {
  it("--json on a fresh data dir prints the 86 papers, all unread", async () => {
    const { code, stdout, stderr } = await run(["list", "--data-dir", dataDir, "--json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const entries = JSON.parse(stdout);
    expect(entries).toHaveLength(86);
    for (const e of entries) {
      expect(Object.keys(e).sort()).toEqual(ENTRY_KEYS);
      expect(e.status).toBe("unread");
    }
    expect(entries[0].title).toBe(
      "SHS-Net: Learning Signed Hyper Surfaces for Oriented Normal Estimation of Point Clouds",
    );
    expect(new Set(entries.map((e: { id: string }) => e.id)).size).toBe(86);
  });

  it("shows state set through the library, as JSON and as a table", async () => {
    const lib = await openSeeded(dataDir);
    const page = await call(lib.handlers, "query", { limit: 2 });
    const [a, b] = page.items.map((r) => r.id) as [string, string];
    await call(lib.handlers, "setStatus", { ids: [a], status: "reading" });
    await call(lib.handlers, "addTags", { ids: [a, b], tags: ["diffusion", "to-read"] });
    await call(lib.handlers, "setNote", { id: b, note: "# Notes\nGood baseline." });
    await lib.close();

    const { code, stdout } = await run(["list", "--data-dir", dataDir, "--json"]);
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as { id: string; status: string; tags: string[]; note: string }[];
    expect(entries.find((e) => e.id === a)).toMatchObject({ status: "reading", tags: ["diffusion", "to-read"] });
    expect(entries.find((e) => e.id === b)).toMatchObject({ status: "unread", note: "# Notes\nGood baseline." });

    const table = await run(["list", "--data-dir", dataDir]);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(87);
    expect(lines[0]).toMatch(/^STATUS\s+TAGS\s+TITLE$/);
    expect(lines[1]).toMatch(/^reading\s+diffusion, to-read\s+SHS-Net: Learning Signed Hyper Surfaces/);
    expect(lines[2]).toMatch(/^unread\s+diffusion, to-read\s+\S/);
  });

  it("takes the data dir from FOLIO_DATA_DIR", async () => {
    const c = capture();
    c.io.env = { FOLIO_DATA_DIR: dataDir };
    expect(await runCli(["list", "--json"], c.io)).toBe(0);
    expect(JSON.parse(c.stdout())).toHaveLength(86);
    expect(await readFile(join(dataDir, "library.json"), "utf8")).toContain("schemaVersion");
  });

  it("reports start notices on stderr and keeps stdout pure JSON", async () => {
    expect((await run(["list", "--data-dir", dataDir, "--json"])).code).toBe(0);
    await writeFile(join(dataDir, "library.json"), "{ not json");
    const { code, stdout, stderr } = await run(["list", "--data-dir", dataDir, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(86);
    expect(stderr).toMatch(/^folio: note: library\.json could not be read/);
  });

  it("exits 1 with `folio: <message>` when the data dir cannot be used", async () => {
    const file = join(root, "a-file");
    await writeFile(file, "not a folder");
    const { code, stdout, stderr } = await run(["list", "--data-dir", file, "--json"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^folio: /);
    expect(stderr).not.toContain("Usage:");
  });
});

describe("folio serve", () => {
  it("prints the URL as its first line, serves the library, and flushes on stop", async () => {
    const appRoot = await makeAppRoot(root);
    const c = capture(appRoot);
    const exit = runCli(["serve", "--data-dir", dataDir, "--port", "0"], c.io);
    const first = await Promise.race([c.firstLine, exit.then((code) => `exited ${code}: ${c.stderr()}`)]);
    const match = /^Folio is running at (http:\/\/127\.0\.0\.1:(\d+)\/)#token=([\w-]{43})$/.exec(first);
    expect(match, first).not.toBeNull();
    const [, url, , token] = match as unknown as [string, string, string, string];

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>Folio</title>");
    const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
    const query = await (await fetch(`${url}api/query`, { method: "POST", headers, body: "{}" })).json();
    const id = (query as { result: { items: { id: string }[] } }).result.items[0]?.id;
    const set = await fetch(`${url}api/setStatus`, {
      method: "POST",
      headers,
      body: JSON.stringify({ ids: [id], status: "read" }),
    });
    expect(set.status).toBe(200);

    c.stop();
    expect(await exit).toBe(0);
    expect(c.stderr()).toContain("Ctrl+C");
    await expect(fetch(url)).rejects.toThrow();

    const listed = await run(["list", "--data-dir", dataDir, "--json"], appRoot);
    const entry = (JSON.parse(listed.stdout) as { id: string; status: string }[]).find((e) => e.id === id);
    expect(entry?.status).toBe("read");
  });

  it("exits 1 and says to build when the web interface is missing", async () => {
    const appRoot = await makeAppRoot(root, false);
    const { code, stdout, stderr } = await run(["serve", "--data-dir", dataDir], appRoot);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("run npm run build");
  });
});

describe("folio serve on a busy port", () => {
  it("exits 1 and says the port is in use", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const appRoot = await makeAppRoot(root);
      const { code, stdout, stderr } = await run(["serve", "--data-dir", dataDir, "--port", String(port)], appRoot);
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toContain(`port ${port} is already in use`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});

describe("one Folio per data dir", () => {
  it("a command refuses a data dir another process holds, with a clear message, and changes nothing", async () => {
    const holder = await openSeeded(dataDir);
    try {
      const { code, stdout, stderr } = await run(["list", "--data-dir", dataDir, "--json"]);
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^folio: Another Folio is using .*Close it first/);
    } finally {
      await holder.close();
    }
    const { code } = await run(["list", "--data-dir", dataDir, "--json"]);
    expect(code).toBe(0);
  });
});
