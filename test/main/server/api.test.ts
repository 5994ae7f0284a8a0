import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../../../main/core/dispatch";
import { startServer } from "../../../main/server/server";
import { json, rawRequest, startTestServer, type TestServer } from "./helpers";

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.stop();
});

describe("the API", () => {
  it("answers a query with the 86 papers of the bundled page", async () => {
    const res = await t.api("query", { limit: 500 });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = await json(res);
    expect(body.ok).toBe(true);
    expect(body.result.total).toBe(86);
    expect(body.result.items).toHaveLength(86);
  });

  it("applies setStatus, and getPaper reflects it", async () => {
    const id = await t.firstId();
    const set = await json(await t.api("setStatus", { ids: [id], status: "reading" }));
    expect(set).toMatchObject({ ok: true, result: { changed: 1 } });
    const got = await json(await t.api("getPaper", { id }));
    expect(got.ok).toBe(true);
    expect(got.result.paper.id).toBe(id);
    expect(got.result.state.status).toBe("reading");
  });

  it("reports an unknown method as 404 UNKNOWN_METHOD", async () => {
    const res = await t.api("dropDatabase", {});
    expect(res.status).toBe(404);
    expect((await json(res)).error.code).toBe("UNKNOWN_METHOD");
    const proto = await t.api("__proto__", {});
    expect(proto.status).toBe(404);
  });

  it("reports a missing paper as 404 NOT_FOUND", async () => {
    const res = await t.api("getPaper", { id: "arxiv:0000.00000" });
    expect(res.status).toBe(404);
    expect((await json(res)).error.code).toBe("NOT_FOUND");
  });

  it("refuses an invalid argument with 400 and changes nothing", async () => {
    const before = await call(t.library.handlers, "stats", {});
    const id = await t.firstId();
    const res = await t.api("setStatus", { ids: [id], status: "devoured" });
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe("INVALID_ARGUMENT");
    expect(body.error.details.join("\n")).toContain("status");
    const extra = await t.api("setNote", { id, note: "x", sneaky: true });
    expect(extra.status).toBe(400);
    expect(await call(t.library.handlers, "stats", {})).toEqual(before);
    expect((await call(t.library.handlers, "getPaper", { id })).state.note).toBe("");
  });

  it("refuses a body that is not JSON", async () => {
    const res = await fetch(`${t.origin}/api/query`, {
      method: "POST",
      headers: { Authorization: `Bearer ${t.server.token}`, "Content-Type": "application/json" },
      body: "{ limit: 5",
    });
    expect(res.status).toBe(400);
    expect(await json(res)).toEqual({
      ok: false,
      error: { code: "INVALID_ARGUMENT", message: "Request body is not valid JSON" },
    });
  });

  it("treats an empty body as an empty argument", async () => {
    const res = await t.api("stats", undefined, {});
    expect(res.status).toBe(200);
    const empty = await fetch(`${t.origin}/api/stats`, {
      method: "POST",
      headers: { Authorization: `Bearer ${t.server.token}`, "Content-Type": "application/json" },
    });
    expect((await json(empty)).result.total).toBe(86);
  });

  it("refuses a body over 2 MB with 413, but accepts a 1 MB note", async () => {
    const id = await t.firstId();
    const big = await t.api("setNote", { id, note: "x".repeat(2 * 1024 * 1024 + 10) });
    expect(big.status).toBe(413);
    expect((await json(big)).error.code).toBe("INVALID_ARGUMENT");
    expect((await call(t.library.handlers, "getPaper", { id })).state.note).toBe("");

    const note = "é".repeat(500_000); // 1 MB of UTF-8, the largest note the contract allows
    const ok = await t.api("setNote", { id, note });
    expect(ok.status).toBe(200);
    expect((await call(t.library.handlers, "getPaper", { id })).state.note).toBe(note);
  });

  it("refuses an oversized chunked body too", async () => {
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        const piece = new TextEncoder().encode("x".repeat(256 * 1024));
        for (let i = 0; i < 12; i++) controller.enqueue(piece);
        controller.close();
      },
    });
    const res = await fetch(`${t.origin}/api/query`, {
      method: "POST",
      headers: { Authorization: `Bearer ${t.server.token}`, "Content-Type": "application/json" },
      body: chunks,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"])(
    "refuses Content-Type %s with 415",
    async (type) => {
      const res = await t.api("query", {}, { "Content-Type": type });
      expect(res.status).toBe(415);
      expect((await json(res)).error.code).toBe("INVALID_ARGUMENT");
    },
  );

  it("accepts application/json with a charset", async () => {
    const res = await t.api("stats", {}, { "Content-Type": "application/json; charset=utf-8" });
    expect(res.status).toBe(200);
  });

  it("answers other verbs on /api/<method> with 405", async () => {
    const res = await fetch(`${t.origin}/api/query`, { headers: { Authorization: `Bearer ${t.server.token}` } });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
    expect((await json(res)).ok).toBe(false);
  });
});

describe("who may call", () => {
  it("refuses a request without a token with 401", async () => {
    const res = await fetch(`${t.origin}/api/query`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(401);
    expect((await json(res)).error.code).toBe("UNAUTHORIZED");
  });

  it.each([
    ["a wrong token", "Bearer wrong"],
    ["a token one character short", () => `Bearer ${t.server.token.slice(0, -1)}`],
    ["the token without the Bearer scheme", () => t.server.token],
    ["Basic auth", "Basic dXNlcjpwYXNz"],
  ])("refuses %s with 401", async (_name, header) => {
    const value = typeof header === "function" ? header() : header;
    const res = await t.api("query", {}, { Authorization: value });
    expect(res.status).toBe(401);
    expect((await json(res)).error.code).toBe("UNAUTHORIZED");
  });

  it("refuses a foreign Origin with 403, even with the token", async () => {
    const res = await t.api("query", {}, { Origin: "http://evil.com" });
    expect(res.status).toBe(403);
    const body = await json(res);
    expect(body.error.code).toBe("UNAUTHORIZED");
    expect(body.error.message).toMatch(/other web pages/);
    const nullOrigin = await t.api("query", {}, { Origin: "null" });
    expect(nullOrigin.status).toBe(403);
    const otherPort = await t.api("query", {}, { Origin: `http://127.0.0.1:${t.server.port + 1}` });
    expect(otherPort.status).toBe(403);
  });

  it("accepts its own origin, as 127.0.0.1 or localhost", async () => {
    for (const origin of [t.origin, `http://localhost:${t.server.port}`]) {
      const res = await t.api("stats", {}, { Origin: origin });
      expect(res.status).toBe(200);
    }
  });

  it.each(["evil.com:PORT", "evil.com", "127.0.0.1", "127.0.0.1:1", "127.0.0.1.nip.io:PORT", "[::1]:PORT"])(
    "refuses Host %s with 403 (DNS rebinding)",
    async (host) => {
      const headers = { Host: host.replace("PORT", String(t.server.port)) };
      const api = await rawRequest(t.server.port, {
        path: "/api/query",
        method: "POST",
        headers: { ...headers, Authorization: `Bearer ${t.server.token}`, "Content-Type": "application/json" },
        body: "{}",
      });
      expect(api.status).toBe(403);
      expect(JSON.parse(api.body).error.code).toBe("UNAUTHORIZED");
      const page = await rawRequest(t.server.port, { path: "/", headers });
      expect(page.status).toBe(403);
      expect(page.body).not.toContain("hello");
    },
  );

  it("accepts Host localhost:PORT", async () => {
    const page = await rawRequest(t.server.port, { path: "/", headers: { Host: `localhost:${t.server.port}` } });
    expect(page.status).toBe(200);
  });

  it("refuses to bind anything but 127.0.0.1", async () => {
    await expect(
      startServer({ library: t.library, rendererDir: t.rendererDir, host: "0.0.0.0" }),
    ).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
  });
});
