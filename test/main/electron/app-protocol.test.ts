import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { protocol } from "electron";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { APP_PAGE_URL, registerAppScheme, serveAppProtocol } from "../../../main/electron/app-protocol";
import { HEADER_CSP } from "../../../shared/csp";
import { fake, resetFake } from "../../fakes/electron";
import { removeDir, tempDir } from "./helpers";

vi.mock("electron", () => import("../../fakes/electron"));

const INDEX_HTML = "<!doctype html><title>Folio</title><script type=module src=./assets/app.js></script>\n";
let root: string;

beforeAll(async () => {
  root = await tempDir();
  const renderer = join(root, "dist", "renderer");
  await mkdir(join(renderer, "assets"), { recursive: true });
  await writeFile(join(renderer, "index.html"), INDEX_HTML);
  await writeFile(join(renderer, "assets", "app.js"), "console.log('folio');\n");
  await writeFile(join(renderer, "assets", "app.css"), "body{}\n");
  // What traversal attempts aim at: a file beside the renderer dir, and a symlink pointing out of it.
  await writeFile(join(root, "dist", "secret.txt"), "TOP SECRET\n");
  await symlink(join(root, "dist", "secret.txt"), join(renderer, "assets", "link.txt"));
});
afterAll(() => removeDir(root));

beforeEach(() => {
  resetFake();
  fake.app.ready = true;
  serveAppProtocol(protocol, join(root, "dist", "renderer"));
});

const get = (url: string, init?: RequestInit) => fake.protocol.fetch(url, init);

describe("registerAppScheme", () => {
  it("makes app: a standard, secure scheme with fetch, and does not let it bypass the CSP", () => {
    resetFake();
    registerAppScheme(protocol);
    expect(fake.protocol.privileged).toEqual([
      { scheme: "app", privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });
});

describe("the app:// protocol", () => {
  it("serves the page with the security headers and the same CSP as the loopback server", async () => {
    const res = await get(APP_PAGE_URL);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(INDEX_HTML);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-security-policy")).toBe(HEADER_CSP);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("serves / as index.html, and assets with their content type", async () => {
    expect(await (await get("app://folio/")).text()).toBe(INDEX_HTML);
    const script = await get("app://folio/assets/app.js?v=1");
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await script.text()).toBe("console.log('folio');\n");
    expect((await get("app://folio/assets/app.css")).headers.get("content-type")).toBe("text/css; charset=utf-8");
  });

  it("answers HEAD without a body and refuses other methods", async () => {
    const head = await get(APP_PAGE_URL, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const post = await get(APP_PAGE_URL, { method: "POST", body: "x" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });

  it.each([
    "app://folio/missing.js",
    "app://folio/assets",
    "app://folio/../secret.txt",
    "app://folio/assets/../../secret.txt",
    "app://folio/%2e%2e/secret.txt",
    "app://folio/%2E%2E/%2e%2e/dist/secret.txt",
    "app://folio/..%2fsecret.txt",
    "app://folio/assets/..%2F..%2Fsecret.txt",
    "app://folio/..\\secret.txt",
    "app://folio/assets\\..\\..\\secret.txt",
    "app://folio/..%5csecret.txt",
    "app://folio/index.html%00",
    "app://folio/%00../secret.txt",
    "app://folio//etc/passwd",
    "app://folio/%2fetc%2fpasswd",
    "app://folio/C:/Windows/win.ini",
    "app://folio/c:%5cwindows%5cwin.ini",
    "app://folio/%zz",
    "app://folio/.env",
    "app://folio/assets/link.txt",
    "app://evil/index.html",
    "app://folio.evil/index.html",
    "app://folio:8080/index.html",
    "app:///index.html",
    "app://FOLIO/index.html",
  ])("answers 404 for %s, never a file outside the renderer", async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("TOP SECRET");
    expect(res.headers.get("content-security-policy")).toBe(HEADER_CSP);
  });

  it("answers 404 for the absolute path of a real file outside, encoded or not", async () => {
    const secret = join(root, "dist", "secret.txt");
    for (const url of [`app://folio/${encodeURIComponent(secret)}`, `app://folio/${secret}`, `app://folio${secret}`]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain("TOP SECRET");
    }
  });

  it("answers 500, and says so, when the renderer dir is missing", async () => {
    resetFake();
    fake.app.ready = true;
    serveAppProtocol(protocol, join(root, "no-such-dir"));
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect((await get(APP_PAGE_URL)).status).toBe(500);
      expect(logged).toHaveBeenCalledWith(expect.stringContaining(APP_PAGE_URL), expect.stringContaining("ENOENT"));
    } finally {
      logged.mockRestore();
    }
  });
});
