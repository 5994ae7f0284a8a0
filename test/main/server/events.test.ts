import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../../main/server/server";
import { openEventStream, startTestServer, type TestServer } from "./helpers";

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.stop();
});

describe("the event stream", () => {
  it("refuses a missing or wrong token", async () => {
    expect((await fetch(`${t.origin}/api/events`)).status).toBe(401);
    expect((await fetch(`${t.origin}/api/events?token=nope`)).status).toBe(401);
  });

  it("refuses a foreign Origin", async () => {
    const res = await fetch(`${t.origin}/api/events?token=${t.server.token}`, {
      headers: { Origin: "http://evil.com" },
    });
    expect(res.status).toBe(403);
  });

  it("delivers library-changed after setStatus", async () => {
    const stream = await openEventStream(`${t.origin}/api/events?token=${t.server.token}`);
    try {
      expect(stream.res.status).toBe(200);
      expect(stream.res.headers.get("content-type")).toMatch(/^text\/event-stream/);
      const id = await t.firstId();
      const pending = stream.next("library-changed");
      const res = await t.api("setStatus", { ids: [id], status: "read" });
      expect(res.status).toBe(200);
      // The search index finishing its start-up build also announces {scope:"state"} (no ids): it may
      // land on either side of the edit, so the edit's own event is the first one that names papers.
      let msg = await pending;
      while (!("ids" in JSON.parse(msg.data))) msg = await stream.next("library-changed");
      expect(JSON.parse(msg.data)).toEqual({ scope: "state", ids: [id] });
    } finally {
      stream.close();
    }
  });
});

describe("start notices and close", () => {
  it("sends the start notices as warnings when a stream connects, and ends streams on close", async () => {
    const library = { ...t.library, notices: ["library.json could not be read; restored the newest backup"] };
    const server = await startServer({ library, rendererDir: t.rendererDir });
    const stream = await openEventStream(`http://127.0.0.1:${server.port}/api/events?token=${server.token}`);
    const notice = await stream.next("notice");
    expect(JSON.parse(notice.data)).toEqual({ level: "warning", message: library.notices[0] });

    // A connection that never sends a request must not hold the close until it times out.
    const silent = connect(server.port, "127.0.0.1");
    await new Promise((resolve) => silent.once("connect", resolve));
    const closedSilent = new Promise((resolve) => silent.once("close", resolve));

    await server.close();
    await closedSilent;
    await expect(stream.next("notice")).rejects.toThrow(/ended/);
    await expect(fetch(`http://127.0.0.1:${server.port}/`)).rejects.toThrow();
    await server.close(); // idempotent
  });
});
