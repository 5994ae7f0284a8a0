import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { app, BrowserWindow, session } from "electron";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { isAppPage } from "../../../main/electron/app-files";
import { denyAllPermissions, hardenAllWebContents } from "../../../main/electron/security";
import { type FakeWebContents, fake, resetFake } from "../../fakes/electron";
import { FILES, ROOT } from "./helpers";

vi.mock("electron", () => import("../../fakes/electron"));

const isOwnPage = (url: string) => isAppPage(url, FILES.pageUrl);

/** A new window, hardened through the app-wide web-contents-created hook like the real app. */
function hardenedContents(): FakeWebContents {
  hardenAllWebContents(app, isOwnPage);
  new BrowserWindow({});
  const contents = fake.windows[0]?.webContents;
  if (!contents) throw new Error("no window");
  return contents;
}

beforeEach(resetFake);

describe("navigation guards (every webContents)", () => {
  const FOREIGN = [
    "https://evil.example/",
    "http://127.0.0.1:8080/",
    "file:///etc/passwd",
    "file:///opt/other/dist/renderer/index.html",
    pathToFileURL(join(ROOT, "dist", "renderer", "index.html")).href,
    "app://evil/index.html",
    "app://folio/other.html",
    "javascript:alert(1)",
    "data:text/html,hi",
  ];

  it.each(["will-navigate", "will-frame-navigate", "will-redirect"])("%s to a foreign URL is prevented", (name) => {
    const contents = hardenedContents();
    for (const url of FOREIGN) expect(contents.emitCancellable(name, { url }, url), url).toBe(true);
  });

  it.each(["will-navigate", "will-frame-navigate", "will-redirect"])("%s to our own page is allowed", (name) => {
    const contents = hardenedContents();
    expect(contents.emitCancellable(name, { url: FILES.pageUrl }, FILES.pageUrl)).toBe(false);
    const routed = `${FILES.pageUrl}#/paper/1`;
    expect(contents.emitCancellable(name, { url: routed }, routed)).toBe(false);
  });

  it("blocks <webview>", () => {
    const contents = hardenedContents();
    expect(contents.emitCancellable("will-attach-webview", {}, {}, { src: "https://evil.example" })).toBe(true);
  });
});

describe("window.open / target=_blank", () => {
  it("always denies, and hands only safe web URLs to the system browser", () => {
    const contents = hardenedContents();
    const open = contents.windowOpenHandler;
    if (!open) throw new Error("no window-open handler was set");

    expect(open({ url: "https://arxiv.org/abs/2401.00001" })).toEqual({ action: "deny" });
    expect(open({ url: "http://example.com/paper.pdf" })).toEqual({ action: "deny" });
    for (const url of ["javascript:alert(1)", "file:///etc/passwd", "ms-msdt:/id x", "//evil.example", FILES.pageUrl]) {
      expect(open({ url })).toEqual({ action: "deny" });
    }
    expect(fake.shell.opened).toEqual(["https://arxiv.org/abs/2401.00001", "http://example.com/paper.pdf"]);
  });
});

describe("permissions", () => {
  it("denies every permission request and check", () => {
    denyAllPermissions(session.defaultSession);
    const request = fake.session.permissionRequestHandler;
    const check = fake.session.permissionCheckHandler;
    if (!request || !check) throw new Error("permission handlers not installed");
    for (const permission of ["media", "geolocation", "notifications", "clipboard-read", "openExternal"]) {
      const answers: boolean[] = [];
      request({}, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
      expect(check({}, permission)).toBe(false);
    }
  });
});
