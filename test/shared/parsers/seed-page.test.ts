import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paperId } from "../../../shared/model/ids";
import type { ParsedPaper } from "../../../shared/model/paper";
import { extractLinks, parseSeedPage } from "../../../shared/parsers/seed-page";

const page = readFileSync(new URL("../../../data/trending-papers.txt", import.meta.url), "utf8");

const HEADER = [
  "new",
  "Get trending papers in your email inbox!",
  "Subscribe",
  "byAK and the research community",
  "Mar 11",
];

const LONG_ABSTRACT =
  "We study a synthetic problem in detail and show that a simple baseline is surprisingly strong. Our " +
  "method improves results on several benchmarks by a wide margin while using a fraction of the compute. " +
  "We analyse why, release all data, and discuss limitations. " +
  "Code is available at https://example.org/code.";

function byTitle(papers: ParsedPaper[], prefix: string): ParsedPaper {
  const paper = papers.find((p) => p.title.startsWith(prefix));
  if (paper === undefined) throw new Error(`no paper titled ${prefix}...`);
  return paper;
}

describe("parseSeedPage on the real page", () => {
  const result = parseSeedPage(page);

  it("finds exactly 86 papers and no problems", () => {
    expect(result.problems).toEqual([]);
    expect(result.papers).toHaveLength(86);
    expect(result.date).toBe("Mar 11");
  });

  it("keeps page order, from the first title to the last", () => {
    expect(result.papers[0]?.title).toBe(
      "SHS-Net: Learning Signed Hyper Surfaces for Oriented Normal Estimation of Point Clouds",
    );
    expect(result.papers.at(-1)?.title).toBe("KIND: Knowledge Integration and Diversion in Diffusion Models");
  });

  it("gives every paper a title, a long abstract and no authors", () => {
    const headers = new Set(HEADER.map((h) => h.toLowerCase()));
    for (const paper of result.papers) {
      expect(paper.title.length).toBeGreaterThan(0);
      expect(paper.title).toBe(paper.title.trim());
      expect(paper.title).not.toMatch(/\s{2}|\n/);
      expect(headers.has(paper.title.toLowerCase())).toBe(false);
      expect(paper.abstract.length).toBeGreaterThan(300);
      expect(paper.abstract).toBe(paper.abstract.trim());
      expect(paper.authors).toEqual([]);
      expect(Object.keys(paper).sort()).toEqual(["abstract", "authors", "links", "title"]);
    }
  });

  it("parses the abstract of a paper exactly", () => {
    const gaussian = byTitle(result.papers, "Modeling the Distribution of Normal Data");
    expect(gaussian.abstract).toBe(page.split("\n")[16]); // line 17 of the page
    expect(gaussian.abstract.startsWith("Anomaly Detection (AD) in images is a fundamental")).toBe(true);
  });

  it("extracts links without trailing punctuation", () => {
    const links = (prefix: string) => byTitle(result.papers, prefix).links;
    expect(links("Model soups:")).toEqual(["https://github.com/mlfoundations/model-soups"]);
    expect(links("Modeling the Distribution of Normal Data")).toContain(
      "https://github.com/ORippler/gaussian-ad-mvtec",
    );
    expect(links("Clinical-Longformer")).toEqual([
      "https://github.com/luoyuanlab/Clinical-Longformer",
      "https://huggingface.co/yikuan8/Clinical-Longformer",
    ]);
    expect(links("GLM-130B:")).toEqual(["https://github.com/THUDM/GLM-130B"]);
    expect(links("Get more for less:")).toEqual(["https://anonymous.4open.science/r/DV4LLM-D761/"]);
    expect(links("Power Scheduler:")).toEqual(["https://ibm.biz/BdKhLa"]);
    expect(links("What learning algorithm is in-context learning?")).toEqual([
      "https://github.com/ekinakyurek/google-research/blob/master/incontext",
    ]);
    expect(links("SHS-Net:")).toEqual([]);
  });

  it("never leaves trailing punctuation or unbalanced brackets on a link", () => {
    const all = result.papers.flatMap((p) => p.links);
    expect(all).toHaveLength(28);
    for (const link of all) {
      expect(link).toMatch(/^https?:\/\//);
      expect(link).not.toMatch(/[.,;:\]'"]$/);
      expect(link.split("(").length).toBe(link.split(")").length);
      expect(link).not.toContain("]");
    }
  });

  it("gives 86 distinct paper ids", () => {
    expect(new Set(result.papers.map((p) => paperId(p))).size).toBe(86);
  });

  it("is deterministic", () => {
    expect(parseSeedPage(page)).toEqual(result);
  });

  it("reads CRLF, CR and BOM versions of the page the same way", () => {
    expect(parseSeedPage(page.replace(/\n/g, "\r\n"))).toEqual(result);
    expect(parseSeedPage(`\uFEFF${page.replace(/\n/g, "\r\n")}`)).toEqual(result);
    expect(parseSeedPage(`\uFEFF${page}`)).toEqual(result);
    expect(parseSeedPage(page.replace(/\n/g, "\r"))).toEqual(result);
  });

  it("tolerates trailing spaces, extra blank lines and a trailing newline", () => {
    const messy = `${page.replace(/\n\n/g, "  \n \t\n\n")}\n\n`;
    expect(parseSeedPage(messy)).toEqual(result);
  });

  it("still finds all papers when the header is missing or squeezed together", () => {
    const body = page.split("\n").slice(10).join("\n");
    expect(parseSeedPage(body).papers).toEqual(result.papers);
    expect(parseSeedPage(`${HEADER.join("\n")}\n${body}`)).toEqual(result);
  });
});

describe("parseSeedPage on malformed input", () => {
  const lines = page.split("\n");
  const modelSoups = lines.findIndex((l) => l.startsWith("Model soups:"));

  it("reports a title with no abstract in the middle and does not merge it into the next paper", () => {
    const before = lines.slice(0, modelSoups);
    const broken = [...before, "A Lonely Title", "", ...lines.slice(modelSoups)].join("\n");
    const { papers, problems } = parseSeedPage(broken);
    expect(problems).toEqual([{ line: modelSoups + 1, message: expect.stringContaining("A Lonely Title") }]);
    expect(papers).toEqual(parseSeedPage(page).papers);
    const soups = byTitle(papers, "Model soups:");
    expect(soups.abstract.startsWith("The conventional recipe")).toBe(true);
    expect(papers.some((p) => p.title.includes("Lonely") || p.abstract.includes("Lonely"))).toBe(false);
  });

  it("reports two titles in a row without losing the second paper", () => {
    const text = [...HEADER, "", "First Title", "", "Second Title", "", LONG_ABSTRACT].join("\n");
    const { papers, problems } = parseSeedPage(text);
    expect(problems).toEqual([{ line: 7, message: expect.stringContaining("First Title") }]);
    expect(papers).toEqual([
      { title: "Second Title", abstract: LONG_ABSTRACT, links: ["https://example.org/code"], authors: [] },
    ]);
  });

  it("reports a title at the end of the page", () => {
    const { papers, problems } = parseSeedPage(`${page}\n\nDangling Title At The End\n`);
    expect(papers).toHaveLength(86);
    expect(problems).toEqual([
      { line: lines.length + 2, message: expect.stringContaining("Dangling Title At The End") },
    ]);
  });

  it("reports an abstract too short to be one and skips it with its title", () => {
    const text = ["Title A", "", "Too short.", "", "Title B", "", LONG_ABSTRACT].join("\n");
    const { papers, problems } = parseSeedPage(text);
    expect(problems).toEqual([{ line: 1, message: expect.stringMatching(/too short.*Too short\./) }]);
    expect(papers.map((p) => p.title)).toEqual(["Title B"]);
  });

  it("reports a paragraph without a title", () => {
    const abs = LONG_ABSTRACT;
    const text = ["Title A", "", abs, "", abs, "", "Title B", "", abs].join("\n");
    const { papers, problems } = parseSeedPage(text);
    expect(problems).toEqual([{ line: 5, message: expect.stringContaining("without a title") }]);
    expect(papers.map((p) => p.title)).toEqual(["Title A", "Title B"]);
  });

  it("reports a dropped title line even when the orphan abstract follows a complete paper", () => {
    // SHS-Net title and abstract (lines 11, 13), then the Gaussian-AD abstract (line 17) without its title.
    const text = [lines[10], "", lines[12], "", lines[16]].join("\n");
    const { papers, problems } = parseSeedPage(text);
    expect(papers.map((p) => p.title)).toEqual([lines[10]]);
    expect(problems).toEqual([{ line: 5, message: expect.stringContaining("without a title") }]);
  });

  it("gives no papers and one problem for empty input", () => {
    expect(parseSeedPage("")).toEqual({ papers: [], problems: [{ line: 1, message: expect.any(String) }] });
    expect(parseSeedPage("").problems[0]?.message).toMatch(/no papers/i);
  });

  it("gives no papers and one problem for a header-only page", () => {
    const result = parseSeedPage(`${HEADER.join("\n\n")}\n`);
    expect(result.papers).toEqual([]);
    expect(result.problems).toEqual([{ line: 1, message: expect.stringMatching(/no papers/i) }]);
    expect(result.date).toBe("Mar 11");
  });

  it("gives no papers and one problem for whitespace only", () => {
    for (const text of [" ", "\n\n\n", "\r\n\t \r\n  ", "\uFEFF  \n"]) {
      expect(parseSeedPage(text)).toEqual({
        papers: [],
        problems: [{ line: 1, message: expect.stringMatching(/no papers/i) }],
      });
    }
  });

  it("joins a hard-wrapped abstract and collapses whitespace inside titles", () => {
    const wrapped = [
      "We wrap this abstract over several",
      "  lines, as an editor or an e-mail",
      "client would, which is perfectly fine.",
    ];
    const title = "  Spaced   Out\tTitle  ";
    const text = [title, "", ...wrapped, "", "Another Title", "", LONG_ABSTRACT].join("\n");
    const { papers, problems } = parseSeedPage(text);
    expect(problems).toEqual([]);
    expect(papers[0]).toEqual({
      title: "Spaced Out Title",
      abstract:
        "We wrap this abstract over several lines, as an editor or an e-mail client would, " +
        "which is perfectly fine.",
      links: [],
      authors: [],
    });
  });

  it("accepts a title ending with a period when an abstract follows it", () => {
    const text = ["Attention Is All You Need, Again.", "", LONG_ABSTRACT].join("\n");
    expect(parseSeedPage(text).papers.map((p) => p.title)).toEqual(["Attention Is All You Need, Again."]);
  });
});

describe("extractLinks", () => {
  it("strips trailing punctuation, quotes and unbalanced closing brackets", () => {
    const text =
      'See https://a.org/x. Also (https://b.org/y), [https://c.org/z]; "https://d.org/w": ' +
      "'https://e.org/v'! and https://f.org/u?";
    expect(extractLinks(text)).toEqual([
      "https://a.org/x",
      "https://b.org/y",
      "https://c.org/z",
      "https://d.org/w",
      "https://e.org/v",
      "https://f.org/u",
    ]);
  });

  it("keeps balanced parentheses that belong to the URL", () => {
    expect(extractLinks("See https://en.wikipedia.org/wiki/Mercury_(planet).")).toEqual([
      "https://en.wikipedia.org/wiki/Mercury_(planet)",
    ]);
    expect(extractLinks("(see https://en.wikipedia.org/wiki/Mercury_(planet))")).toEqual([
      "https://en.wikipedia.org/wiki/Mercury_(planet)",
    ]);
    expect(extractLinks("[soups](https://github.com/mlfoundations/model-soups).")).toEqual([
      "https://github.com/mlfoundations/model-soups",
    ]);
  });

  it("keeps query strings, fragments and trailing slashes", () => {
    expect(extractLinks("at https://x.org/a/?q=1&r=2#top, and http://y.org/ .")).toEqual([
      "https://x.org/a/?q=1&r=2#top",
      "http://y.org/",
    ]);
  });

  it("deduplicates in order and ignores non-http links", () => {
    const text = "ftp://x.org/f https://b.org https://a.org https://b.org. mailto:a@b.org www.c.org http://";
    expect(extractLinks(text)).toEqual(["https://b.org", "https://a.org"]);
  });
});

describe("parseSeedPage round trip", () => {
  const word = fc.stringMatching(/^[A-Za-z][a-z0-9-]{0,10}$/);
  const oddTitleWord = fc.constantFrom("vs.", "Soups:", "01.AI", "(LLMs)", "Zürich", "Need?", "&");
  const titleWord = fc.oneof(word, oddTitleWord);
  const firstTitleWord = fc.stringMatching(/^[A-Z][A-Za-z0-9-]{1,10}:?$/);
  const title = fc
    .tuple(firstTitleWord, fc.array(titleWord, { minLength: 1, maxLength: 14 }))
    .map(([first, rest]) => [first, ...rest].join(" "));
  const oddWord = fc.constantFrom("https://github.com/org/repo", "(MLP)", "3.5%", "i.e.,", "Zürich");
  const abstractWord = fc.oneof(
    { weight: 9, arbitrary: fc.stringMatching(/^[a-z]{4,9}$/) },
    { weight: 1, arbitrary: oddWord },
  );
  const sentence = fc.array(abstractWord, { minLength: 10, maxLength: 20 }).map((words) => {
    const text = words.join(" ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  });
  // At least 6 sentences of 10 words of 4+ chars: always over 300 chars, like real abstracts.
  const abstract = fc.array(sentence, { minLength: 6, maxLength: 10 }).map((s) => s.join(" "));
  const entry = fc.record({ title, abstract, wrap: fc.option(fc.integer({ min: 20, max: 100 })) });

  function wrapText(text: string, width: number): string {
    const out: string[] = [];
    let line = "";
    for (const w of text.split(" ")) {
      if (line !== "" && line.length + 1 + w.length > width) {
        out.push(line);
        line = w;
      } else {
        line = line === "" ? w : `${line} ${w}`;
      }
    }
    out.push(line);
    return out.join("\n");
  }

  it("renders and parses back the same titles and abstracts", () => {
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        (entries, crlf, bom) => {
          const blocks = entries.map((e) => {
            const body = e.wrap === null ? e.abstract : wrapText(e.abstract, e.wrap);
            return `${e.title}\n\n${body}`;
          });
          let text = [...HEADER, ...blocks].join("\n\n");
          if (crlf) text = text.replace(/\n/g, "\r\n");
          if (bom) text = `\uFEFF${text}`;
          const { papers, problems } = parseSeedPage(text);
          expect(problems).toEqual([]);
          expect(papers.map((p) => [p.title, p.abstract])).toEqual(entries.map((e) => [e.title, e.abstract]));
          for (const p of papers) expect(p.links).toEqual(extractLinks(p.abstract));
        },
      ),
      { numRuns: 200 },
    );
  });
});
