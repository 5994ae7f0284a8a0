import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { isInside, resolveStaticPath } from "../../../main/server/path-guard";

const ROOT = resolve("/srv/folio/renderer");

describe("resolveStaticPath", () => {
  it.each([
    ["/", "index.html"],
    ["/index.html", "index.html"],
    ["/?x=1", "index.html"],
    ["/#frag", "index.html"],
    ["/assets/app.js", "assets/app.js"],
    ["/assets/app.js?v=2", "assets/app.js"],
    ["/assets/", "assets/index.html"],
    ["/assets/my%20file.css", "assets/my file.css"],
    ["/a..b.txt", "a..b.txt"],
  ])("serves %s as %s", (path, expected) => {
    expect(resolveStaticPath(ROOT, path)).toBe(join(ROOT, expected));
  });

  it.each([
    "/../package.json",
    "/../../etc/passwd",
    "/assets/../../package.json",
    "/%2e%2e/%2e%2e/package.json",
    "/%2E%2E/package.json",
    "/..%2fpackage.json",
    "/..%2Fpackage.json",
    "/%2e%2e%2fpackage.json",
    "/assets/%2e%2e/%2e%2e/secret.txt",
    "/..\\package.json",
    "/assets\\..\\..\\package.json",
    "/..%5cpackage.json",
    "/%5c..%5cpackage.json",
    "/index.html%00.js",
    "/%00",
    "/index.html\0",
    "//etc/passwd",
    "/%2fetc/passwd",
    "/%2F%2Fetc%2Fpasswd",
    "/C:/Windows/win.ini",
    "/c:%5cwindows%5cwin.ini",
    "/%zz", // malformed percent-encoding
    "/%E0%A4%A",
    "/.env",
    "/.git/config",
    "/assets/./app.js",
    "/assets//app.js",
    "index.html",
    "",
    "http://evil.com/index.html",
  ])("refuses %j", (path) => {
    expect(resolveStaticPath(ROOT, path)).toBeUndefined();
  });

  it("keeps double-encoded dots literal, inside the root", () => {
    const got = resolveStaticPath(ROOT, "/%252e%252e/package.json");
    expect(got).toBe(join(ROOT, "%2e%2e", "package.json"));
  });
});

describe("isInside", () => {
  it.each([
    [ROOT, ROOT, true],
    [ROOT, join(ROOT, "a"), true],
    [ROOT, `${ROOT}-evil/a`, false],
    [ROOT, resolve(ROOT, ".."), false],
  ])("isInside(%s, %s) = %s", (parent, child, expected) => {
    expect(isInside(parent, child)).toBe(expected);
  });
});
