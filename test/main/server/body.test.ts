/** The request body limit: 2 MB for every method, except previewImport, which carries whole import files. */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyLimit, MAX_BODY_BYTES } from "../../../main/server/body";
import { LIMITS, METHOD_NAMES } from "../../../shared/api/schemas";
import { rawRequest, startTestServer, type TestServer } from "./helpers";

describe("bodyLimit", () => {
  it("is 2 MB for every method but previewImport, and for unknown names", () => {
    for (const method of METHOD_NAMES.filter((m) => m !== "previewImport")) {
      expect(bodyLimit(method)).toBe(MAX_BODY_BYTES);
    }
    expect(bodyLimit("no-such-method")).toBe(MAX_BODY_BYTES);
    expect(bodyLimit("__proto__")).toBe(MAX_BODY_BYTES);
  });

  it("lets previewImport carry a 64 MB file even when JSON escaping doubles it", () => {
    expect(bodyLimit("previewImport")).toBeGreaterThanOrEqual(2 * LIMITS.importBytes);
  });
});

describe("over HTTP", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await t.stop();
  });

  it("accepts a 5 MB previewImport body and refuses a 5 MB query body", async () => {
    const bib = await readFile(new URL("../../fixtures/import/bbt-biblatex-crossref-date-3514.bib", import.meta.url));
    const padding = "% a comment line between entries, ignored by BibTeX\n".repeat(100_000);
    const text = `${bib.toString("utf8")}\n${padding}`;
    expect(text.length).toBeGreaterThan(5_000_000);

    const preview = await t.api("previewImport", { text, filename: "big.bib" });
    expect(preview.status).toBe(200);
    expect(await preview.json()).toMatchObject({ ok: true, result: { format: "bibtex", added: 6 } });

    const query = await t.api("query", { text: "x".repeat(5_000_000) });
    expect(query.status).toBe(413);
    expect(await query.json()).toMatchObject({
      ok: false,
      error: { code: "INVALID_ARGUMENT", message: "Request body is larger than 2 MB" },
    });
  });

  it("refuses a previewImport that declares more than its limit, before reading it", async () => {
    const res = await rawRequest(t.server.port, {
      path: "/api/previewImport",
      method: "POST",
      headers: {
        Authorization: `Bearer ${t.server.token}`,
        "Content-Type": "application/json",
        "Content-Length": String(bodyLimit("previewImport") + 1),
      },
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.message).toMatch(/^Request body is larger than \d+ MB$/);
  });
});
