import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BrowserWindow, ipcMain, ipcRenderer } from "electron";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Library } from "../../../main/core/library";
import { registerIpc, trustMainFrameOf } from "../../../main/electron/ipc";
import type { Envelope } from "../../../shared/api/errors";
import { METHOD_NAMES } from "../../../shared/api/schemas";
import { fake, resetFake } from "../../fakes/electron";
import { FILES, firstPaperId, openSeededLibrary, ROOT, removeDir, tempDir } from "./helpers";

vi.mock("electron", () => import("../../fakes/electron"));

let dir: string;
let library: Library;
let win: BrowserWindow;
let paperId: string;

async function invoke(channel: string, arg?: unknown): Promise<Envelope<unknown>> {
  return (await ipcRenderer.invoke(channel, arg)) as Envelope<unknown>;
}

/** Everything a call could have changed, to prove a refused call changed nothing. */
async function snapshot() {
  return { stats: await library.handlers.stats({}), paper: await library.handlers.getPaper({ id: paperId }) };
}

beforeEach(async () => {
  resetFake();
  dir = await tempDir();
  library = await openSeededLibrary(dir);
  paperId = await firstPaperId(library);
  win = new BrowserWindow({});
  await win.loadURL(FILES.pageUrl);
  registerIpc(
    ipcMain,
    library,
    trustMainFrameOf(() => win, FILES.pageUrl),
  );
});

afterEach(async () => {
  await library.close();
  await removeDir(dir);
});

describe("registerIpc", () => {
  it("registers every contract method exactly once, on folio:<method>", () => {
    expect(fake.ipcMain.registrations).toHaveLength(METHOD_NAMES.length);
    expect([...fake.ipcMain.registrations].sort()).toEqual(METHOD_NAMES.map((m) => `folio:${m}`).sort());
  });

  it("returns a function that removes every handler", () => {
    resetFake();
    const unregister = registerIpc(ipcMain, library, () => true);
    expect(fake.ipcMain.handlers.size).toBe(METHOD_NAMES.length);
    unregister();
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it("carries a valid call to the real core and returns an ok envelope", async () => {
    const query = await invoke("folio:query", { text: "", limit: 5 });
    expect(query).toMatchObject({ ok: true, result: { total: 86, offset: 0 } });

    const write = await invoke("folio:setStatus", { ids: [paperId], status: "reading" });
    expect(write).toMatchObject({ ok: true, result: { changed: 1 } });
    expect((await library.handlers.getPaper({ id: paperId })).state.status).toBe("reading");
  });

  it("turns a core error into an error envelope, not a throw", async () => {
    expect(await invoke("folio:getPaper", { id: "no-such-paper" })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
  });

  // Malformed arguments aimed at a real paper, so a leak through validation would show.
  const MALFORMED: [string, (id: string) => unknown][] = [
    ["folio:setStatus", (id) => ({ ids: [id], status: "bogus" })],
    ["folio:setStatus", () => ({ ids: [], status: "read" })],
    ["folio:setNote", (id) => ({ id, note: 42 })],
    ["folio:setNote", (id) => ({ id, note: "hi", extra: true })],
    ["folio:setNote", () => "not an object"],
    ["folio:setNote", () => null],
    ["folio:addTags", (id) => ({ ids: [id], tags: ["bad\u0007tag"] })],
    ["folio:query", () => ({ limit: 1_000_000 })],
  ];

  it.each(MALFORMED)(
    "refuses a malformed argument on %s with INVALID_ARGUMENT, changing nothing",
    async (channel, arg) => {
      const before = await snapshot();
      const reply = await invoke(channel, arg(paperId));
      expect(reply).toMatchObject({ ok: false, error: { code: "INVALID_ARGUMENT" } });
      expect(await snapshot()).toEqual(before);
    },
  );
});

describe("sender check", () => {
  const note = { note: "written by an intruder" };

  async function expectRefused(): Promise<void> {
    const before = await snapshot();
    const reply = await invoke("folio:setNote", { id: paperId, ...note });
    expect(reply).toEqual({ ok: false, error: { code: "UNAUTHORIZED", message: expect.any(String) } });
    expect(await invoke("folio:query", {})).toMatchObject({ ok: false, error: { code: "UNAUTHORIZED" } });
    expect(await snapshot()).toEqual(before);
  }

  it("accepts the main frame of our window showing our page", async () => {
    fake.ipcRenderer.from = { contents: fake.windowAt(0).webContents, frame: fake.windowAt(0).webContents.mainFrame };
    expect(await invoke("folio:setNote", { id: paperId, note: "mine" })).toMatchObject({ ok: true });
  });

  it("refuses a subframe of our window, even one showing our page", async () => {
    const contents = fake.windowAt(0).webContents;
    fake.ipcRenderer.from = { contents, frame: { url: FILES.pageUrl, parent: contents.mainFrame } };
    await expectRefused();
  });

  it("refuses our main frame once it shows a foreign URL", async () => {
    const contents = fake.windowAt(0).webContents;
    contents.mainFrame.url = "https://evil.example/";
    await expectRefused();
  });

  it.each([
    pathToFileURL(join(ROOT, "dist", "renderer", "index.html")).href,
    "app://evil/index.html",
    "app://folio/other.html",
  ])("refuses our main frame showing %s (only app://folio/index.html is ours)", async (url) => {
    fake.windowAt(0).webContents.mainFrame.url = url;
    await expectRefused();
  });

  it("refuses another webContents, even one showing our page", async () => {
    const other = new BrowserWindow({});
    await other.loadURL(FILES.pageUrl);
    const contents = fake.windowAt(1).webContents;
    fake.ipcRenderer.from = { contents, frame: contents.mainFrame };
    await expectRefused();
  });

  it("refuses a sender whose frame is gone", async () => {
    fake.ipcRenderer.from = { contents: fake.windowAt(0).webContents, frame: null };
    await expectRefused();
  });

  it("refuses everything once our window is destroyed", async () => {
    win.close();
    await expectRefused();
  });
});
