/** The main window: its options live here and nowhere else. */
import { BrowserWindow, type BrowserWindowConstructorOptions } from "electron";
import type { AppFiles } from "./app-files";

export function windowOptions(files: Pick<AppFiles, "preload">): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 560,
    title: "Folio",
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      preload: files.preload,
    },
  };
}

export function createMainWindow(files: AppFiles): BrowserWindow {
  const win = new BrowserWindow(windowOptions(files));
  win.once("ready-to-show", () => win.show());
  win.loadURL(files.pageUrl).catch((err: Error) => {
    console.error(`[folio] Could not load ${files.pageUrl}:`, err.message);
  });
  return win;
}
