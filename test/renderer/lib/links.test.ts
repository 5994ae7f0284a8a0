import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isFragment, linkify, noteUrlTransform, safeWebUrl } from "../../../renderer/lib/links";
import { parseSeedPage } from "../../../shared/parsers/seed-page";

const MALICIOUS = [
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "\u0000javascript:alert(1)",
  "javascript://example.com/%0Aalert(1)",
  "vbscript:msgbox(1)",
  "data:text/html,<script>alert(1)</script>",
  "data:image/svg+xml;base64,PHN2Zz4=",
  "file:///etc/passwd",
  "blob:https://example.com/uuid",
  "//evil.example/x",
  "/etc/passwd",
  "../secrets",
  "relative/path",
  "http:",
  "https://",
  "http:///nohost",
  "http:\\\\evil.example",
  "https:/evil.example",
  "https://user:pass@evil.example/",
  "chrome://settings",
  "about:blank",
  "ftp://example.com/file",
  "",
];

describe("safeWebUrl", () => {
  it.each(MALICIOUS)("rejects %j", (url) => {
    expect(safeWebUrl(url)).toBeUndefined();
  });

  it.each([
    "http://example.com",
    "https://github.com/mlfoundations/model-soups",
    "HTTPS://EXAMPLE.COM/Path?q=1#frag",
    "https://en.wikipedia.org/wiki/Foo_(bar)",
    "https://anonymous.4open.science/r/DV4LLM-D761/",
  ])("keeps %j", (url) => {
    expect(safeWebUrl(url)).toBe(url);
  });
});

describe("noteUrlTransform (react-markdown urlTransform)", () => {
  it.each(MALICIOUS)("drops %j", (url) => {
    expect(noteUrlTransform(url)).toBeUndefined();
  });

  it.each([
    ["https://example.com/a", "https://example.com/a"],
    ["mailto:someone@example.com", "mailto:someone@example.com"],
    ["#user-content-fn-1", "#user-content-fn-1"],
    ["#", "#"],
  ])("keeps %j", (url, expected) => {
    expect(noteUrlTransform(url)).toBe(expected);
  });

  it("drops mailto without an address and fragments with spaces", () => {
    expect(noteUrlTransform("mailto:")).toBeUndefined();
    expect(isFragment("#a b")).toBe(false);
    expect(isFragment("#a#b")).toBe(false);
  });
});

describe("linkify", () => {
  it("turns the first occurrence of each link into a link segment, in text order", () => {
    const text = "Code: https://a.org/x. Data at https://b.org and again https://a.org/x";
    const { segments, extra } = linkify(text, ["https://b.org", "https://a.org/x"]);
    expect(segments).toEqual([
      { kind: "text", text: "Code: " },
      { kind: "link", text: "https://a.org/x", href: "https://a.org/x" },
      { kind: "text", text: ". Data at " },
      { kind: "link", text: "https://b.org", href: "https://b.org" },
      { kind: "text", text: " and again https://a.org/x" },
    ]);
    expect(extra).toEqual([]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("prefers the longer of two overlapping links", () => {
    const text = "see https://a.org/x/y now";
    const { segments, extra } = linkify(text, ["https://a.org/x", "https://a.org/x/y"]);
    expect(segments.filter((s) => s.kind === "link").map((s) => s.text)).toEqual(["https://a.org/x/y"]);
    expect(extra).toEqual(["https://a.org/x"]);
  });

  it("never links unsafe URLs and lists known links missing from the text", () => {
    const text = "click javascript:alert(1) here";
    const { segments, extra } = linkify(text, ["javascript:alert(1)", "https://elsewhere.org"]);
    expect(segments).toEqual([{ kind: "text", text }]);
    expect(extra).toEqual(["https://elsewhere.org"]);
  });

  it("keeps every abstract of the bundled page intact and links all its extracted links", () => {
    const page = readFileSync(new URL("../../../data/trending-papers.txt", import.meta.url), "utf8");
    for (const paper of parseSeedPage(page).papers) {
      const { segments, extra } = linkify(paper.abstract, paper.links);
      expect(segments.map((s) => s.text).join("")).toBe(paper.abstract);
      expect(extra).toEqual([]);
      expect(segments.filter((s) => s.kind === "link")).toHaveLength(paper.links.length);
    }
  });
});
