import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { appFiles, isAppPage } from "../../../main/electron/app-files";

const ROOT = join("/opt", "Folio", "resources", "app.asar");
const files = appFiles(ROOT);

describe("appFiles", () => {
  it("puts the page, preload and seed where the build and the package put them", () => {
    expect(files.indexHtml).toBe(join(ROOT, "dist", "renderer", "index.html"));
    expect(files.preload).toBe(join(ROOT, "dist", "electron", "preload.cjs"));
    expect(files.seed).toBe(join(ROOT, "data", "trending-papers.txt"));
    expect(files.pageUrl).toBe(pathToFileURL(files.indexHtml).href);
  });
});

describe("isAppPage", () => {
  it.each([files.pageUrl, `${files.pageUrl}#/paper/abc`, `${files.pageUrl}?view=list`])("accepts %s", (url) => {
    expect(isAppPage(url, files.pageUrl)).toBe(true);
  });

  it.each([
    "file:///opt/Folio/resources/app.asar/dist/renderer/other.html",
    "file:///etc/passwd",
    "file://evil.example/opt/Folio/resources/app.asar/dist/renderer/index.html",
    "https://evil.example/opt/Folio/resources/app.asar/dist/renderer/index.html",
    "http://127.0.0.1:5173/",
    "about:blank",
    "dist/renderer/index.html",
    "",
  ])("refuses %s", (url) => {
    expect(isAppPage(url, files.pageUrl)).toBe(false);
  });
});
