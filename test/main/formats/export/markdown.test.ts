import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { escapeHtml, frontMatter, toMarkdownFile, toMarkdownFolder } from "../../../../main/formats/export/markdown";
import type { ExportItem } from "../../../../main/formats/export/types";
import { DEFAULT_PAPER_STATE } from "../../../../shared/model/user-state";
import { items } from "../arbitraries";

const ITEM: ExportItem = {
  paper: {
    id: "arxiv:2203.05482",
    title: "Model soups: averaging weights of multiple fine-tuned models",
    abstract: "Abstract.",
    links: ["https://github.com/mlfoundations/model-soups"],
    authors: ["Mitchell Wortsman", "Gabriel Ilharco"],
    year: 2022,
    arxivId: "2203.05482",
    source: "seed:trending-papers.txt",
    addedAt: "2025-03-11T09:00:00.000Z",
  },
  state: {
    ...DEFAULT_PAPER_STATE,
    status: "read",
    readAt: "2025-03-12T10:00:00.000Z",
    priority: "high",
    starred: true,
    tags: ["ml", "yes"],
    note: "Greedy soups work.\n\n- check appendix",
    highlights: [
      { id: "h2", start: 50, end: 60, quote: "second\nquote", comment: "", createdAt: "2025-03-12T10:00:00.000Z" },
      { id: "h1", start: 0, end: 10, quote: "first quote", comment: "Why?", createdAt: "2025-03-12T10:00:00.000Z" },
    ],
  },
};

function split(content: string): { meta: unknown; meta11: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(content);
  if (!match) throw new Error(`no front matter in ${content}`);
  const yaml = match[1] ?? "";
  return { meta: parse(yaml), meta11: parse(yaml, { version: "1.1" }), body: match[2] ?? "" };
}

describe("toMarkdownFolder", () => {
  it("writes YAML front matter, the note, then the highlights in order", () => {
    const [file] = toMarkdownFolder([ITEM]);
    expect(file?.path).toBe("Model soups - averaging weights of multiple fine-tuned models.md");
    expect(file?.content).toBe(
      "---\n" +
        'title: "Model soups: averaging weights of multiple fine-tuned models"\n' +
        "authors:\n  - Mitchell Wortsman\n  - Gabriel Ilharco\n" +
        "year: 2022\n" +
        'tags:\n  - ml\n  - "yes"\n' +
        "status: read\npriority: high\nstarred: true\n" +
        "links:\n  - https://github.com/mlfoundations/model-soups\n" +
        'arxiv: "2203.05482"\nid: arxiv:2203.05482\n' +
        'added: "2025-03-11T09:00:00.000Z"\nread: "2025-03-12T10:00:00.000Z"\n' +
        "---\n\n" +
        "Greedy soups work.\n\n- check appendix\n\n" +
        "## Highlights\n\n> first quote\n\nWhy?\n\n> second\n> quote\n",
    );
  });

  it("front matter parses back (YAML 1.2 and 1.1) to the same metadata, paths are unique (property)", () => {
    fc.assert(
      fc.property(items(6), (list) => {
        const files = toMarkdownFolder(list);
        expect(new Set(files.map((f) => f.path.toLowerCase())).size).toBe(list.length);
        files.forEach((file, i) => {
          const entry = list[i] as ExportItem;
          const { meta, meta11, body } = split(file.content);
          const expected = JSON.parse(JSON.stringify(frontMatter(entry)));
          expect(meta).toEqual(expected);
          expect(meta11).toEqual(expected);
          if (entry.state.note.trim()) expect(body).toContain(entry.state.note.trim());
          // Quotes are text from the paper: HTML in them is escaped (see markdown-xss.test.ts).
          for (const h of entry.state.highlights) {
            expect(body).toContain(`> ${escapeHtml(h.quote.split("\n")[0] ?? "")}`.trimEnd());
          }
        });
      }),
      { numRuns: 80 },
    );
  });

  it("quotes tags a YAML 1.2 reader would take for numbers, booleans or null (CI found '0o6')", () => {
    // Every one of these is a string that some YAML reader would otherwise turn into a number,
    // a boolean or null; "0o6" and "0o17" are the ones YAML 1.1's rules alone leave plain.
    const tags = "0o6 0o17 0x1F 1e5 .5 +12 .inf -.Inf .NaN ~ null True yes 1:20".split(" ");
    const [file] = toMarkdownFolder([{ ...ITEM, state: { ...ITEM.state, tags } }]);
    const { meta, meta11 } = split(file?.content ?? "");
    expect((meta as { tags: unknown }).tags).toEqual(tags);
    expect((meta11 as { tags: unknown }).tags).toEqual(tags);
    expect(file?.content).toContain('  - "0o6"\n');
  });
});

describe("toMarkdownFile", () => {
  it("puts every paper in its own section", () => {
    const other: ExportItem = { ...ITEM, paper: { ...ITEM.paper, id: "t:2", title: "Second paper", authors: [] } };
    const text = toMarkdownFile([ITEM, other]);
    expect(
      text.startsWith("# Reading list\n\n## Model soups: averaging weights of multiple fine-tuned models\n\n"),
    ).toBe(true);
    expect(text).toContain("- **Authors:** Mitchell Wortsman, Gabriel Ilharco\n");
    expect(text).toContain("- **Status:** read, starred, high priority\n");
    expect(text).toContain("### Highlights\n\n> first quote\n\nWhy?");
    expect(text).toContain("\n\n## Second paper\n\n");
    expect(text.endsWith("\n")).toBe(true);
  });
});
