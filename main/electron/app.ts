/**
 * The desktop app's lifecycle: one instance, a sandboxed and locked-down window showing `app://folio/`,
 * the library opened on the user's data dir, IPC registered from the contract, library events forwarded
 * to the page, and a flush before quitting. `main.ts` calls `startFolio`; tests call it against a fake `electron`.
 */
import { app, type BrowserWindow, dialog, ipcMain, protocol, session } from "electron";
import { EVENT_NAMES } from "../../shared/api/contract";
import { type Library, openLibrary } from "../core/library";
import { resolveDataDir } from "../paths";
import { appFiles, isAppPage } from "./app-files";
import { registerAppScheme, serveAppProtocol } from "./app-protocol";
import { dataDirFlag } from "./args";
import { EVENT_CHANNEL } from "./channels";
import { registerIpc, trustMainFrameOf } from "./ipc";
import { installMenu } from "./menu";
import { flushOnQuit, type SignalSource } from "./quit";
import { denyAllPermissions, hardenAllWebContents } from "./security";
import { shellHandlers } from "./shell-ipc";
import { createMainWindow } from "./window";

export interface StartOptions {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  /** Where SIGTERM/SIGINT come from (the process; a plain emitter in tests). */
  signals: SignalSource;
  platform: NodeJS.Platform;
}

export interface FolioShell {
  library: Library;
  dataDir: string;
  window(): BrowserWindow | undefined;
}

/** Resolves undefined when this process is not going to run the app (second instance, library failed). */
export async function startFolio(opts: StartOptions): Promise<FolioShell | undefined> {
  app.enableSandbox();
  registerAppScheme(protocol);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return undefined;
  }
  const files = appFiles(app.getAppPath());
  hardenAllWebContents(app, (url) => isAppPage(url, files.pageUrl));

  let win: BrowserWindow | undefined;
  const liveWindow = () => (win && !win.isDestroyed() ? win : undefined);
  const openWindow = (): BrowserWindow => {
    const created = createMainWindow(files);
    created.on("closed", () => {
      if (win === created) win = undefined;
    });
    win = created;
    return created;
  };

  await app.whenReady();
  denyAllPermissions(session.defaultSession);
  serveAppProtocol(protocol, files.rendererDir);

  const flag = dataDirFlag(opts.argv);
  const dataDir = flag || opts.env.FOLIO_DATA_DIR ? resolveDataDir(flag, opts.env) : app.getPath("userData");
  let library: Library;
  try {
    library = await openLibrary({ dataDir, seedPath: files.seed });
  } catch (err) {
    dialog.showErrorBox("Folio could not open its library", `${dataDir}\n\n${(err as Error).message}`);
    app.quit();
    return undefined;
  }
  flushOnQuit(
    app,
    () => library.close(),
    opts.signals,
    () => library.drain(),
  );
  const shell = shellHandlers({ dialog, window: liveWindow, library });
  registerIpc(ipcMain, library, trustMainFrameOf(liveWindow, files.pageUrl), shell);
  for (const name of EVENT_NAMES) {
    library.events.on(name, (payload) => liveWindow()?.webContents.send(EVENT_CHANNEL, name, payload));
  }
  installMenu({
    isPackaged: app.isPackaged,
    platform: opts.platform,
    send: (command) => liveWindow()?.webContents.send(EVENT_CHANNEL, "menu", { command }),
  });

  const first = openWindow();
  first.webContents.once("did-finish-load", () => {
    for (const message of library.notices) {
      first.webContents.send(EVENT_CHANNEL, "notice", { level: "warning", message });
    }
  });

  app.on("second-instance", () => {
    const current = liveWindow() ?? openWindow();
    if (current.isMinimized()) current.restore();
    current.focus();
  });
  // macOS keeps the app alive without windows and reopens one from the dock.
  app.on("window-all-closed", () => {
    if (opts.platform !== "darwin") app.quit();
  });
  app.on("activate", () => {
    if (!liveWindow()) openWindow();
  });

  return { library, dataDir, window: liveWindow };
}
