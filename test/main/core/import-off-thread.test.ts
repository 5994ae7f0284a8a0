/** Import parsing runs in a worker thread: other calls answer while a large file is previewed. */
import { readFile } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { call, dispatch } from "../../../main/core/dispatch";
import type { Library } from "../../../main/core/library";
import { makeTempDir, openSeeded, removeDir } from "../../helpers/temp-library";

const fixture = (name: string) => readFile(new URL(`../../fixtures/import/${name}`, import.meta.url), "utf8");

/** A real BibTeX file's entries repeated with fresh keys and titles: `copies` times its size. */
async function largeBibtex(copies: number): Promise<{ text: string; entries: number }> {
  const text = await fixture("mlresearch-v89-aistats2019.bib");
  const entries = text.split(/\n(?=@)/).filter((e) => /^@\s*\w+\s*\{/.test(e));
  const out: string[] = [];
  for (let i = 0; i < copies; i++) {
    for (const entry of entries) {
      out.push(
        entry.replace(/^(@\s*\w+\s*\{\s*)([^,\s]*)/, `$1$2-copy${i}`).replace(/(\btitle\s*=\s*\{)/i, `$1Copy ${i}: `),
      );
    }
  }
  return { text: out.join("\n"), entries: out.length };
}

let dir: string;
let lib: Library;
beforeEach(async () => {
  dir = await makeTempDir();
  lib = await openSeeded(dir);
});
afterEach(async () => {
  await lib.close();
  await removeDir(dir);
});

describe("previewImport parses off the core's thread", () => {
  it("a stats call made while a large file is previewed answers before the preview", async () => {
    const { text, entries } = await largeBibtex(4);
    const order: string[] = [];
    const preview = call(lib.handlers, "previewImport", { text, filename: "big.bib" }).then((result) => {
      order.push("preview");
      return result;
    });
    // A turn of the event loop later: the parse has started (today's inline parse would already be done).
    await new Promise(setImmediate);
    const stats = call(lib.handlers, "stats", {}).then((result) => {
      order.push("stats");
      return result;
    });
    const [previewed, counted] = await Promise.all([preview, stats]);
    expect(previewed.entries).toBe(entries);
    expect(counted.total).toBe(86);
    expect(order).toEqual(["stats", "preview"]);
  });

  it("a paper added while a preview is under way is kept: the commit plans again and merges into it", async () => {
    const { text } = await largeBibtex(2);
    const title = /\btitle\s*=\s*\{([^}]*)\}/i.exec(text)?.[1] ?? "";
    const preview = call(lib.handlers, "previewImport", { text, filename: "big.bib" });
    await new Promise(setImmediate);
    const mine = await call(lib.handlers, "addPaper", { title, abstract: "typed by hand" });
    const previewed = await preview;
    const done = await call(lib.handlers, "commitImport", { token: previewed.token });
    expect(done.merged).toBeGreaterThanOrEqual(1);
    const kept = await call(lib.handlers, "getPaper", { id: mine.id });
    expect(kept.paper.abstract).toBe("typed by hand");
    expect((await call(lib.handlers, "stats", {})).total).toBe(86 + 1 + done.added);
  });

  it("closing the library stops a preview under way with a clear message and loses nothing", async () => {
    const { text } = await largeBibtex(2);
    const preview = dispatch(lib.handlers, "previewImport", { text, filename: "big.bib" });
    await new Promise(setImmediate);
    await lib.close();
    const env = await preview;
    expect(env).toEqual({
      ok: false,
      error: { code: "INTERNAL", message: "The import parser was stopped: the library is closing" },
    });
    lib = await openSeeded(dir);
    expect((await call(lib.handlers, "stats", {})).total).toBe(86);
  });
});
