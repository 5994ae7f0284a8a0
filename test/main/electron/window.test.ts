import { BrowserWindow } from "electron";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createMainWindow, windowOptions } from "../../../main/electron/window";
import { fake, resetFake } from "../../fakes/electron";
import { FILES } from "./helpers";

vi.mock("electron", () => import("../../fakes/electron"));

beforeEach(resetFake);

describe("windowOptions", () => {
  it("locks the renderer down", () => {
    expect(windowOptions(FILES).webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      preload: FILES.preload,
    });
  });

  it("sizes and titles the window, hidden until it is ready", () => {
    expect(windowOptions(FILES)).toMatchObject({
      width: 1280,
      height: 800,
      minWidth: 900,
      minHeight: 560,
      title: "Folio",
      show: false,
    });
  });
});

describe("createMainWindow", () => {
  it("builds the window from windowOptions, loads the built page and shows it once ready", async () => {
    const win = createMainWindow(FILES);
    const created = fake.windows[0];
    expect(fake.windows).toHaveLength(1);
    expect(created?.options).toEqual(windowOptions(FILES));
    expect(created?.loadedUrl).toBe("app://folio/index.html");
    expect(created?.shown).toBe(false);
    await new Promise<void>((resolve) => win.once("ready-to-show", () => resolve()));
    expect(created?.shown).toBe(true);
    expect(win).toBeInstanceOf(BrowserWindow);
  });
});
