/** Hostile text from imported papers stays text in Markdown exports, whatever viewer opens them. */
import { describe, expect, it } from "vitest";
import { toMarkdownFile, toMarkdownFolder } from "../../../../main/formats/export";
import type { ExportItem } from "../../../../main/formats/export/types";
import { DEFAULT_PAPER_STATE } from "../../../../shared/model/user-state";

const VECTORS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  '<svg onload="alert(1)"></svg>',
  '<a href="javascript:alert(1)">x</a>',
  "<iframe src=https://evil.example></iframe>",
];

function item(vector: string): ExportItem {
  const abstract = `Intro ${vector} outro`;
  const start = abstract.indexOf(vector);
  return {
    paper: {
      id: "t:x",
      title: `A paper ${vector}`,
      abstract,
      links: [],
      authors: [`Eve ${vector}`],
      venue: vector,
      source: "bibtex:x",
      addedAt: "2026-11-26T00:00:00.000Z",
    },
    state: {
      ...DEFAULT_PAPER_STATE,
      tags: [],
      highlights: [
        {
          id: "h1",
          start,
          end: start + vector.length,
          quote: vector,
          comment: "",
          createdAt: "2026-11-26T00:00:00.000Z",
        },
      ],
    },
  };
}

describe.each(VECTORS)("markdown export of %s", (vector) => {
  const tag = /<\s*(script|img|svg|a|iframe)\b/i;
  it("the single file has no live HTML", () => {
    expect(toMarkdownFile([item(vector)])).not.toMatch(tag);
  });
  it("the folder's files have no live HTML outside the YAML front matter", () => {
    for (const file of toMarkdownFolder([item(vector)])) {
      const body = file.content.replace(/^---\n[\s\S]*?\n---\n/, "");
      expect(body).not.toMatch(tag);
      expect(file.path).not.toMatch(/[<>:"/\\|?*]/);
    }
  });
});
