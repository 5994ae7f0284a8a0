/** What a browser-mode export downloads: one UTF-8 file, or a markdown folder zipped. */
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { toDownload } from "../../../renderer/lib/download";
import type { ExportResult } from "../../../shared/api/contract";

function result(overrides: Partial<ExportResult>): ExportResult {
  return {
    format: "bibtex",
    suggestedName: "folio.bib",
    mime: "application/x-bibtex",
    papers: 1,
    files: [],
    ...overrides,
  };
}

describe("toDownload", () => {
  it("a single-file format downloads that file, as UTF-8", () => {
    const content = "@article{a, title = {Řehůřek — naïve 🦜}}\n";
    const d = toDownload(result({ files: [{ path: "folio.bib", content }] }));
    expect(d.filename).toBe("folio.bib");
    expect(d.mime).toBe("application/x-bibtex;charset=utf-8");
    expect(new TextDecoder().decode(d.bytes)).toBe(content);
  });

  it("keeps a CSV's byte-order mark as the bytes EF BB BF", () => {
    const d = toDownload(
      result({
        format: "csv",
        suggestedName: "folio.csv",
        mime: "text/csv",
        files: [{ path: "folio.csv", content: "\uFEFFid,title\r\n" }],
      }),
    );
    expect([...d.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(d.bytes)).toBe("\uFEFFid,title\r\n");
  });

  it("a markdown folder downloads as a zip holding the folder and every file", () => {
    const files = [
      { path: "Attention Is All You Need.md", content: "---\ntitle: Attention Is All You Need\n---\n\nMy note é\n" },
      { path: "Model soups.md", content: "---\ntitle: Model soups\n---\n" },
    ];
    const d = toDownload(
      result({ format: "markdown-folder", suggestedName: "folio-notes", mime: "text/markdown", papers: 2, files }),
    );
    expect(d.filename).toBe("folio-notes.zip");
    expect(d.mime).toBe("application/zip");
    const unzipped = unzipSync(d.bytes);
    expect(Object.keys(unzipped).sort()).toEqual(files.map((f) => `folio-notes/${f.path}`).sort());
    for (const f of files) expect(strFromU8(unzipped[`folio-notes/${f.path}`] ?? new Uint8Array())).toBe(f.content);
  });

  it("an empty markdown folder is still a valid (empty) zip", () => {
    const d = toDownload(result({ format: "markdown-folder", suggestedName: "folio-notes", papers: 0, files: [] }));
    expect(Object.keys(unzipSync(d.bytes))).toEqual([]);
  });
});
