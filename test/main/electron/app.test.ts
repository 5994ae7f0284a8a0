import { EventEmitter, once } from "node:events";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ipcRenderer } from "electron";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openLibrary } from "../../../main/core/library";
import { type FolioShell, type StartOptions, startFolio } from "../../../main/electron/app";
import { windowOptions } from "../../../main/electron/window";
import { METHOD_NAMES } from "../../../shared/api/schemas";
import { SHELL_METHOD_NAMES } from "../../../shared/api/shell";
import { HEADER_CSP } from "../../../shared/csp";
import { type BrowserWindow, fake, resetFake } from "../../fakes/electron";
import { FILES, firstPaperId, ROOT, removeDir, tempDir } from "./helpers";

vi.mock("electron", () => import("../../fakes/electron"));

let dir: string;
let signals: EventEmitter;
let shell: FolioShell | undefined;

function options(overrides: Partial<StartOptions> = {}): StartOptions {
  return { argv: ["electron", ".", "--data-dir", dir], env: {}, signals, platform: "linux", ...overrides };
}

async function start(overrides: Partial<StartOptions> = {}): Promise<FolioShell> {
  shell = await startFolio(options(overrides));
  if (!shell) throw new Error("startFolio did not start");
  return shell;
}

function mainWindow(): BrowserWindow {
  return fake.windowAt(0);
}

beforeEach(async () => {
  resetFake();
  fake.app.appPath = ROOT;
  dir = await tempDir();
  signals = new EventEmitter();
  shell = undefined;
});

afterEach(async () => {
  await shell?.library.close();
  await removeDir(dir);
});

describe("start-up", () => {
  it("enables the sandbox and takes the single-instance lock before the app is ready", async () => {
    await start();
    const calls = fake.app.calls;
    expect(calls.indexOf("enableSandbox")).toBe(0);
    expect(calls.indexOf("requestSingleInstanceLock")).toBeLessThan(calls.indexOf("whenReady"));
  });

  it("a second instance quits at once and opens nothing", async () => {
    fake.app.gotSingleInstanceLock = false;
    expect(await startFolio(options())).toBeUndefined();
    expect(fake.app.calls).toContain("quit");
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it("the first instance restores and focuses its window when a second one starts", async () => {
    await start();
    const win = mainWindow();
    win.minimize();
    fake.app.emit("second-instance", fake.makeEvent(), ["electron", "."], ROOT, {});
    expect(win.isMinimized()).toBe(false);
    expect(win.focused).toBe(true);
    expect(fake.windows).toHaveLength(1);
  });

  it("opens the library in --data-dir, seeded from data/trending-papers.txt", async () => {
    const { library, dataDir } = await start();
    expect(dataDir).toBe(dir);
    expect((await library.handlers.stats({})).total).toBe(86);
    await expect(readFile(join(dir, "library.json"), "utf8")).resolves.toContain("schemaVersion");
  });

  it("falls back to FOLIO_DATA_DIR, then to Electron's userData folder", async () => {
    const fromEnv = await startFolio(options({ argv: ["electron", "."], env: { FOLIO_DATA_DIR: dir } }));
    expect(fromEnv?.dataDir).toBe(dir);
    await fromEnv?.library.close();

    resetFake();
    fake.app.appPath = ROOT;
    fake.app.userData = join(dir, "userData");
    shell = await startFolio(options({ argv: ["electron", "."], env: {} }));
    expect(shell?.dataDir).toBe(join(dir, "userData"));
  });

  it("tells the user, and quits, when the library cannot be opened", async () => {
    const notADir = join(dir, "a-file");
    await writeFile(notADir, "");
    expect(await startFolio(options({ argv: ["electron", ".", `--data-dir=${notADir}`] }))).toBeUndefined();
    expect(fake.dialog.errors).toHaveLength(1);
    expect(fake.dialog.errors[0]?.content).toContain(notADir);
    expect(fake.app.calls).toContain("quit");
    expect(fake.windows).toHaveLength(0);
  });

  it("a library from a newer Folio: says so in one sentence, quits, and leaves library.json as it was", async () => {
    const lib = await openLibrary({ dataDir: dir, seedPath: FILES.seed });
    await lib.close();
    const newer = (await readFile(join(dir, "library.json"), "utf8")).replace('"schemaVersion":2', '"schemaVersion":3');
    await writeFile(join(dir, "library.json"), newer);
    expect(await startFolio(options())).toBeUndefined();
    expect(fake.dialog.errors[0]?.content).toBe(
      `${dir}\n\nlibrary.json was written by a newer Folio (schemaVersion 3; this Folio reads up to 2). ` +
        "Update Folio to open this library; nothing was changed.",
    );
    expect(fake.app.calls).toContain("quit");
    expect(fake.windows).toHaveLength(0);
    expect(await readFile(join(dir, "library.json"), "utf8")).toBe(newer);
  });
});

describe("the window and its guards", () => {
  it("opens one window with the secure options, loading the built page", async () => {
    await start();
    expect(fake.windows).toHaveLength(1);
    expect(mainWindow().options).toEqual(windowOptions(FILES));
    expect(mainWindow().loadedUrl).toBe("app://folio/index.html");
  });

  it("makes app: privileged before the app is ready, and serves the built page on it once ready", async () => {
    const appRoot = await tempDir();
    try {
      await mkdir(join(appRoot, "dist", "renderer"), { recursive: true });
      await writeFile(join(appRoot, "dist", "renderer", "index.html"), "<!doctype html><title>Folio</title>\n");
      await mkdir(join(appRoot, "data"));
      await copyFile(FILES.seed, join(appRoot, "data", "trending-papers.txt"));
      fake.app.appPath = appRoot;
      await start(); // the fake, like Electron, refuses a privileged scheme after ready
      expect(fake.protocol.privileged.map((s) => s.scheme)).toEqual(["app"]);
      const page = await fake.protocol.fetch(mainWindow().loadedUrl ?? "");
      expect(page.status).toBe(200);
      expect(await page.text()).toBe("<!doctype html><title>Folio</title>\n");
      expect(page.headers.get("content-security-policy")).toBe(HEADER_CSP);
      expect((await fake.protocol.fetch("app://folio/../data/trending-papers.txt")).status).toBe(404);
    } finally {
      await removeDir(appRoot);
    }
  });

  it("hardens every webContents: no webview, no foreign navigation, no new windows", async () => {
    await start();
    const contents = mainWindow().webContents;
    expect(contents.emitCancellable("will-attach-webview", {}, {}, {})).toBe(true);
    expect(contents.emitCancellable("will-navigate", { url: "https://evil.example/" })).toBe(true);
    expect(contents.emitCancellable("will-navigate", { url: FILES.pageUrl })).toBe(false);
    expect(contents.windowOpenHandler?.({ url: "https://arxiv.org/abs/1" })).toEqual({ action: "deny" });
    expect(fake.shell.opened).toEqual(["https://arxiv.org/abs/1"]);
  });

  it("denies every permission", async () => {
    await start();
    const answers: boolean[] = [];
    fake.session.permissionRequestHandler?.({}, "media", (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(fake.session.permissionCheckHandler?.({}, "clipboard-read")).toBe(false);
  });

  it("installs a menu offering developer tools only when not packaged", async () => {
    await start();
    expect(JSON.stringify(fake.Menu.current?.template)).toContain("toggleDevTools");
  });

  it("sends the menu's commands to the window as menu events", async () => {
    await start();
    type Item = { label?: string; click?: () => void; submenu?: Item[] };
    const items = (list: Item[]): Item[] => list.flatMap((i) => [i, ...items(i.submenu ?? [])]);
    const importItem = items((fake.Menu.current?.template ?? []) as Item[]).find((i) => i.label === "Import…");
    importItem?.click?.();
    expect(mainWindow().webContents.sent).toContainEqual({
      channel: "folio:event",
      args: ["menu", { command: "import" }],
    });
  });
});

describe("IPC and events", () => {
  it("registers every method and forwards library events to the page", async () => {
    const { library } = await start();
    expect(fake.ipcMain.handlers.size).toBe(METHOD_NAMES.length + SHELL_METHOD_NAMES.length);
    const id = await firstPaperId(library);

    expect(await ipcRenderer.invoke("folio-shell:openImportFile", {})).toEqual({ ok: true, result: null });
    expect(fake.dialog.shown).toMatchObject([{ kind: "open", parent: true }]);
    const reply = await ipcRenderer.invoke("folio:setStatus", { ids: [id], status: "read" });
    expect(reply).toMatchObject({ ok: true, result: { changed: 1 } });
    expect(mainWindow().webContents.sent).toContainEqual({
      channel: "folio:event",
      args: ["library-changed", { scope: "state", ids: [id] }],
    });
  });

  it("sends start notices as notice events once the page has loaded", async () => {
    await writeFile(join(dir, "library.json"), "{ this is not json");
    await start();
    const contents = mainWindow().webContents;
    await mainWindow().loading;
    const notices = contents.sent.filter((m) => m.args[0] === "notice");
    expect(notices).toHaveLength(1);
    expect(notices[0]?.args[1]).toMatchObject({ level: "warning", message: expect.stringContaining("library.json") });
  });
});

describe("quitting", () => {
  async function noteThenQuit(quit: () => void): Promise<{ id: string; note: string }> {
    const { library } = await start();
    const id = await firstPaperId(library);
    const note = "Typed right before quitting";
    expect(await ipcRenderer.invoke("folio:setNote", { id, note })).toMatchObject({ ok: true });
    const quitted = once(fake.app, "quit");
    quit();
    await quitted;
    return { id, note };
  }

  async function expectOnDisk({ id, note }: { id: string; note: string }): Promise<void> {
    const snapshot = JSON.parse(await readFile(join(dir, "library.json"), "utf8"));
    expect(snapshot.papers[id].note).toBe(note);
    const reopened = await openLibrary({ dataDir: dir });
    try {
      expect((await reopened.handlers.getPaper({ id })).state.note).toBe(note);
    } finally {
      await reopened.close();
    }
  }

  it("holds the first before-quit until the library is flushed, then quits once", async () => {
    const written = await noteThenQuit(() => fake.app.quit());
    expect(fake.app.calls.filter((c) => c === "quit")).toHaveLength(2);
    await expectOnDisk(written);
  });

  it.each(["SIGTERM", "SIGINT"])("flushes the same way on %s", async (signal) => {
    const written = await noteThenQuit(() => signals.emit(signal));
    await expectOnDisk(written);
  });

  it("quits when the last window closes (except on macOS, where activate reopens one)", async () => {
    await start();
    const quitted = once(fake.app, "quit");
    fake.app.emit("window-all-closed");
    await quitted;
  });

  it("on macOS keeps running without windows and reopens one on activate", async () => {
    await start({ platform: "darwin" });
    mainWindow().close();
    fake.app.emit("window-all-closed");
    expect(fake.app.calls).not.toContain("quit");
    fake.app.emit("activate");
    expect(fake.windows).toHaveLength(2);
    expect(shell?.window()).toBe(fake.windows[1]);
  });
});
