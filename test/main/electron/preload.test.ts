import { BrowserWindow, ipcMain } from "electron";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Library } from "../../../main/core/library";
import { registerIpc, trustMainFrameOf } from "../../../main/electron/ipc";
import type { FolioBridge } from "../../../shared/api/contract";
import { METHOD_NAMES } from "../../../shared/api/schemas";
import { SHELL_METHOD_NAMES } from "../../../shared/api/shell";
import "../../../main/electron/preload";
import { fake, resetFake } from "../../fakes/electron";
import { FILES, firstPaperId, openSeededLibrary, removeDir, tempDir } from "./helpers";

vi.mock("electron", () => import("../../fakes/electron"));

// The preload ran once, at import, like in a real page.
const exposed = new Map(fake.contextBridge.exposed);
const bridge = exposed.get("folio") as FolioBridge;
/** The bridge's methods by name, for loops over the contract. */
const methods = bridge as unknown as Record<string, (arg: unknown) => Promise<unknown>>;

let dir: string;
let library: Library;
let paperId: string;

beforeEach(async () => {
  resetFake();
  dir = await tempDir();
  library = await openSeededLibrary(dir);
  paperId = await firstPaperId(library);
  const win = new BrowserWindow({});
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

describe("what the preload exposes", () => {
  it("exposes exactly one key, folio", () => {
    expect([...exposed.keys()]).toEqual(["folio"]);
  });

  it("has one function per contract method plus on and shell, and nothing else", () => {
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES, "on", "shell"].sort());
    const { shell, ...functions } = bridge;
    for (const value of Object.values(functions)) expect(typeof value).toBe("function");
    expect(Object.keys(shell ?? {}).sort()).toEqual([...SHELL_METHOD_NAMES].sort());
    for (const value of Object.values(shell ?? {})) expect(typeof value).toBe("function");
  });
});

describe("method calls", () => {
  it("send each method on folio:<method> with its argument as given", async () => {
    for (const method of METHOD_NAMES) {
      const arg = { probe: method };
      await methods[method]?.(arg).catch(() => undefined); // the reply is not under test here
      expect(fake.ipcRenderer.invocations.at(-1)).toEqual({ channel: `folio:${method}`, args: [arg] });
    }
  });

  it("resolve with the unwrapped result from the real core", async () => {
    const page = await bridge.query({ limit: 3 });
    expect(page.total).toBe(86);
    expect(page.items).toHaveLength(3);
    expect(page).not.toHaveProperty("ok");

    await expect(bridge.setNote({ id: paperId, note: "# Read this" })).resolves.toMatchObject({ changed: 1 });
    expect((await bridge.getPaper({ id: paperId })).state.note).toBe("# Read this");
  });

  it("reject with a plain { name, code, message } that survives contextBridge's copy", async () => {
    const reason: unknown = await bridge.getPaper({ id: "no-such-paper" }).catch((err: unknown) => err);
    expect(reason).toMatchObject({
      name: "FolioError",
      code: "NOT_FOUND",
      message: expect.stringContaining("no-such"),
    });
    expect(structuredClone(reason)).toEqual(reason);
  });

  it("reject a malformed argument with INVALID_ARGUMENT and its details", async () => {
    const bad = { id: paperId, note: 7 } as unknown as { id: string; note: string };
    await expect(bridge.setNote(bad)).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
      details: [expect.stringContaining("note")],
    });
    expect((await bridge.getPaper({ id: paperId })).state.note).toBe("");
  });

  it("reject with UNAUTHORIZED when main refuses the sender", async () => {
    const contents = fake.windowAt(0).webContents;
    fake.ipcRenderer.from = { contents, frame: { url: FILES.pageUrl, parent: contents.mainFrame } };
    await expect(bridge.stats({})).rejects.toMatchObject({ name: "FolioError", code: "UNAUTHORIZED" });
  });

  it("reject with INTERNAL when the IPC call itself fails", async () => {
    fake.ipcMain.removeHandler("folio:stats");
    await expect(bridge.stats({})).rejects.toMatchObject({
      name: "FolioError",
      code: "INTERNAL",
      message: expect.stringContaining("No handler registered"),
    });
  });

  it("shell methods go over folio-shell:<method> and reject like contract methods", async () => {
    await expect(bridge.shell?.saveExport({ format: "bibtex" })).rejects.toMatchObject({
      name: "FolioError",
      code: "INTERNAL",
      message: expect.stringContaining("No handler registered for 'folio-shell:saveExport'"),
    });
    expect(fake.ipcRenderer.invocations.at(-1)).toEqual({
      channel: "folio-shell:saveExport",
      args: [{ format: "bibtex" }],
    });
  });

  it("reject with INTERNAL when the reply is not an envelope", async () => {
    fake.ipcMain.handlers.set("folio:stats", () => "not an envelope");
    await expect(bridge.stats({})).rejects.toMatchObject({ code: "INTERNAL" });
  });
});

describe("on(event, listener)", () => {
  it("delivers only the named event, until unsubscribed", async () => {
    const changes: unknown[] = [];
    const notices: unknown[] = [];
    const stop = bridge.on("library-changed", (payload) => changes.push(payload));
    bridge.on("notice", (payload) => notices.push(payload));
    const contents = fake.windowAt(0).webContents;

    contents.send("folio:event", "library-changed", { scope: "state", ids: [paperId] });
    expect(changes).toEqual([{ scope: "state", ids: [paperId] }]);
    expect(notices).toEqual([]);

    stop();
    contents.send("folio:event", "library-changed", { scope: "state", ids: ["other"] });
    contents.send("folio:event", "notice", { level: "info", message: "hello" });
    expect(changes).toHaveLength(1);
    expect(notices).toEqual([{ level: "info", message: "hello" }]);
  });

  it("refuses unknown events and non-function listeners", () => {
    expect(() => bridge.on("evil" as "notice", () => undefined)).toThrow(/Unknown event/);
    expect(() => bridge.on("notice", "alert(1)" as unknown as () => void)).toThrow(/function/);
  });
});
