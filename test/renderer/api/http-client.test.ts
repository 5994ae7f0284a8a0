import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpBridge } from "../../../renderer/api/http-client";
import type { FolioEvents } from "../../../shared/api/contract";
import { FolioError } from "../../../shared/api/errors";
import { METHOD_NAMES } from "../../../shared/api/schemas";
import { startTestServer, type TestServer } from "../../main/server/helpers";
import { FetchEventSource } from "./fetch-event-source";

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.stop();
});

function bridge(token = t.server.token) {
  return createHttpBridge(t.server.url, token, { createEventSource: (url) => new FetchEventSource(url) });
}

async function rejection(promise: Promise<unknown>): Promise<FolioError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FolioError);
  return err as FolioError;
}

describe("createHttpBridge", () => {
  it("has one function per method of the contract, plus on", () => {
    const folio = bridge();
    for (const m of METHOD_NAMES) expect(typeof folio[m]).toBe("function");
    expect(typeof folio.on).toBe("function");
  });

  it("round-trips calls through the real server", async () => {
    const folio = bridge();
    const page = await folio.query({ limit: 3 });
    expect(page.total).toBe(86);
    expect(page.items).toHaveLength(3);
    const id = page.items[0]?.id as string;
    const write = await folio.addTags({ ids: [id], tags: ["bridge"] });
    expect(write.changed).toBe(1);
    expect((await folio.getPaper({ id })).state.tags).toEqual(["bridge"]);
  });

  it("turns an error envelope into a thrown FolioError with its code", async () => {
    const folio = bridge();
    const notFound = await rejection(folio.getPaper({ id: "arxiv:0000.00000" }));
    expect(notFound.code).toBe("NOT_FOUND");
    // Deliberately wrong at runtime, as an untrusted caller could send it.
    const invalid = await rejection(folio.setStatus({ ids: [], status: "done" as "read" }));
    expect(invalid.code).toBe("INVALID_ARGUMENT");
    expect(invalid.details?.length).toBeGreaterThan(0);
  });

  it("reports a wrong token as UNAUTHORIZED", async () => {
    const err = await rejection(bridge("not-the-token").stats({}));
    expect(err.code).toBe("UNAUTHORIZED");
    expect(err.message).toMatch(/folio serve/);
  });

  it("reports an unreachable server as INTERNAL with a clear message", async () => {
    const dead = createHttpBridge("http://127.0.0.1:9", "x");
    const err = await rejection(dead.stats({}));
    expect(err.code).toBe("INTERNAL");
    expect(err.message).toMatch(/not reachable/);
  });

  it("delivers library events to listeners over one shared stream, and closes it with the last listener", async () => {
    const folio = bridge();
    const before = FetchEventSource.opened.length;
    const changes: FolioEvents["library-changed"][] = [];
    let notified!: () => void;
    const got = new Promise<void>((resolve) => {
      notified = resolve;
    });
    const offA = folio.on("library-changed", (p) => {
      changes.push(p);
      notified();
    });
    const offB = folio.on("notice", () => {});
    expect(FetchEventSource.opened.length).toBe(before + 1);
    const source = FetchEventSource.opened.at(-1) as FetchEventSource;
    await source.ready;

    const id = (await folio.query({ limit: 1 })).items[0]?.id as string;
    await folio.setStatus({ ids: [id], status: "reading" });
    await got;
    expect(changes[0]).toEqual({ scope: "state", ids: [id] });

    offA();
    expect(source.closed).toBe(false);
    offB();
    expect(source.closed).toBe(true);
  });
});

describe("events after a (re)connection", () => {
  it("tell library-changed listeners to refetch, since changes made while disconnected sent no event", () => {
    const handlers = new Map<string, ((e: { data: string }) => void)[]>();
    const fakeSource = {
      addEventListener(type: string, listener: (e: { data: string }) => void) {
        handlers.set(type, [...(handlers.get(type) ?? []), listener]);
      },
      close() {},
    };
    const bridge = createHttpBridge("http://127.0.0.1:1", "t", { createEventSource: () => fakeSource });
    const seen: unknown[] = [];
    bridge.on("library-changed", (p) => seen.push(p));
    for (const open of handlers.get("open") ?? []) open({ data: "" });
    expect(seen).toEqual([{ scope: "corpus" }]);
  });
});
