import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { appFiles, isAppPage } from "../../../main/electron/app-files";

const ROOT = join("/opt", "Folio", "resources", "app.asar");
const files = appFiles(ROOT);

describe("appFiles", () => {
  it("puts the renderer, preload and seed where the build and the package put them", () => {
    expect(files.rendererDir).toBe(join(ROOT, "dist", "renderer"));
    expect(files.preload).toBe(join(ROOT, "dist", "electron", "preload.cjs"));
    expect(files.seed).toBe(join(ROOT, "data", "trending-papers.txt"));
  });

  it("shows the page from the app scheme, not from file://", () => {
    expect(files.pageUrl).toBe("app://folio/index.html");
  });
});

describe("isAppPage", () => {
  it.each([files.pageUrl, `${files.pageUrl}#/paper/abc`, `${files.pageUrl}?view=list`])("accepts %s", (url) => {
    expect(isAppPage(url, files.pageUrl)).toBe(true);
  });

  it.each([
    "file:///opt/Folio/resources/app.asar/dist/renderer/index.html",
    "file:///index.html",
    "app://folio/other.html",
    "app://folio/",
    "app://folio/assets/index.html",
    "app://evil/index.html",
    "app://folio.evil/index.html",
    "app://folio:8080/index.html",
    "app:///index.html",
    "https://folio/index.html",
    "http://127.0.0.1:5173/index.html",
    "about:blank",
    "index.html",
    "",
  ])("refuses %s", (url) => {
    expect(isAppPage(url, files.pageUrl)).toBe(false);
  });
});
