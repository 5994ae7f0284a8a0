/**
 * A request that repeats Host, Origin or Authorization is refused with 400: Node would keep the first
 * Host or Authorization and join the Origins, so the checks could read another value than a proxy does.
 */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.stop();
});

/** Send one HTTP/1.1 request byte for byte (header lines as given, repeats included). */
function rawHttp(port: number, head: string[], body = ""): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (c: Buffer) => chunks.push(c));
    socket.on("error", reject);
    socket.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);
      resolve({ status, body: text.slice(text.indexOf("\r\n\r\n") + 4) });
    });
    const lines = [...head, `Content-Length: ${Buffer.byteLength(body)}`, "Connection: close"];
    // Not end(): a half-closed socket may be dropped before a slower answer; the server closes it.
    socket.write(`${lines.join("\r\n")}\r\n\r\n${body}`);
  });
}

function apiCall(extra: string[], { host = true, auth = true } = {}) {
  return rawHttp(
    t.server.port,
    [
      "POST /api/stats HTTP/1.1",
      ...(host ? [`Host: 127.0.0.1:${t.server.port}`] : []),
      ...(auth ? [`Authorization: Bearer ${t.server.token}`] : []),
      "Content-Type: application/json",
      ...extra,
    ],
    "{}",
  );
}

describe("repeated headers", () => {
  it("one of each is answered (the raw request is well formed)", async () => {
    const res = await apiCall([`Origin: ${t.origin}`]);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).ok).toBe(true);
  });

  it.each([
    ["Host", () => [`Host: 127.0.0.1:${t.server.port}`, "Host: evil.com"], { host: false }],
    ["Host", () => [`Host: 127.0.0.1:${t.server.port}`, `Host: localhost:${t.server.port}`], { host: false }],
    ["Origin", () => [`Origin: ${t.origin}`, "Origin: http://evil.com"], {}],
    ["Origin", () => [`Origin: ${t.origin}`, `Origin: ${t.origin}`], {}],
    [
      "Authorization",
      () => [`Authorization: Bearer ${t.server.token}`, "Authorization: Bearer wrong"],
      { auth: false },
    ],
  ])("two %s headers: 400 with a clear message", async (name, lines, omit) => {
    const res = await apiCall(lines(), omit);
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body);
    expect(body.error).toEqual({
      code: "INVALID_ARGUMENT",
      message: `Refused: the request has more than one ${name} header`,
    });
  });

  it("two Host headers are refused for a page too", async () => {
    const res = await rawHttp(t.server.port, [
      "GET / HTTP/1.1",
      `Host: 127.0.0.1:${t.server.port}`,
      `Host: 127.0.0.1:${t.server.port}`,
    ]);
    expect(res.status).toBe(400);
    expect(res.body).not.toContain("hello");
  });
});
