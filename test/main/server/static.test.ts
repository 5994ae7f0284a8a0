import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HEADER_CSP } from "../../../shared/csp";
import { INDEX_HTML, rawRequest, startTestServer, type TestServer } from "./helpers";

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.stop();
});

describe("static files", () => {
  it("serves index.html at / with the security headers", async () => {
    const res = await fetch(`${t.origin}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(INDEX_HTML);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("content-security-policy")).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'",
    );
    expect(res.headers.get("content-security-policy")).toBe(HEADER_CSP);
  });

  it("serves assets with their content type", async () => {
    const res = await fetch(`${t.origin}/assets/app.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("puts the security headers on API replies and refusals too", async () => {
    const res = await t.api("nope");
    expect(res.headers.get("content-security-policy")).toBe(HEADER_CSP);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("answers 404 for a missing file and for a folder", async () => {
    expect((await fetch(`${t.origin}/missing.js`)).status).toBe(404);
    expect((await fetch(`${t.origin}/assets`)).status).toBe(404);
  });

  it.each([
    "/../package.json",
    "/../secret.txt",
    "/%2e%2e/%2e%2e/package.json",
    "/%2e%2e/secret.txt",
    "/..%2fsecret.txt",
    "/..%2Fpackage.json",
    "/assets/..%2f..%2fsecret.txt",
    "/..\\secret.txt",
    "/..%5csecret.txt",
    "/index.html%00",
    "/%00../secret.txt",
    "//etc/passwd",
    "/%2fetc%2fpasswd",
  ])("never serves a file outside the renderer dir for %j", async (path) => {
    const res = await rawRequest(t.server.port, { path });
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toContain("TOP SECRET");
    expect(res.body).not.toContain('"name": "folio"');
    expect(res.body).not.toContain("root:");
  });

  it("needs no token for static files", async () => {
    expect((await fetch(`${t.origin}/index.html`)).status).toBe(200);
  });
});
