/**
 * arXiv API response import (the Atom feed of export.arxiv.org/api/query).
 *
 *   parseArxivAtom(text: string): ParseResult
 *
 * Each <entry>: id "http://arxiv.org/abs/2301.01234v2" -> arxivId "2301.01234" (old-style ids such as
 * "cond-mat/0603029" too); title and summary with whitespace collapsed; authors; the year it was
 * published; <arxiv:doi>; <arxiv:journal_ref> as venue; the abs page as url; categories as keywords.
 * The API reports errors as an entry titled "Error"; those become problems.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { ParsedPaper, ParseProblem, ParseResult } from "../../../shared/model/paper";
import { buildPaper } from "./build-paper";
import { capProblems } from "./problems";
import { cleanArxivId, cleanDoi, collapse, findYear, LineIndex, normalizeText } from "./text";

const ARRAYS = new Set(["feed.entry", "feed.entry.author", "feed.entry.link", "feed.entry.category"]);

type Node = Record<string, unknown>;

export function parseArxivAtom(text: string): ParseResult {
  const source = normalizeText(text);
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    const { line, msg } = valid.err;
    return { papers: [], problems: [{ line, message: `Not well-formed XML: ${msg}` }] };
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    textNodeName: "#text",
    parseTagValue: false,
    isArray: (_name, jpath) => ARRAYS.has(String(jpath)),
  });
  const doc = parser.parse(source) as Node;
  const feed = doc.feed as Node | undefined;
  if (!feed || typeof feed !== "object") {
    return { papers: [], problems: [{ line: 1, message: "Not an Atom feed: no <feed> element" }] };
  }
  const lines = new LineIndex(source);
  const entryLines = [...source.matchAll(/<entry[\s>]/g)].map((m) => lines.lineAt(m.index ?? 0));
  const problems: ParseProblem[] = [];
  const papers: ParsedPaper[] = [];
  ((feed.entry as Node[] | undefined) ?? []).forEach((entry, i) => {
    const line = entryLines[i] ?? 1;
    const id = textOf(entry.id);
    const title = collapse(textOf(entry.title));
    if (/\/api\/errors/.test(id) || title === "Error") {
      problems.push({ line, message: `The arXiv API returned an error: ${collapse(textOf(entry.summary)) || id}` });
      return;
    }
    const arxivId = cleanArxivId(id.replace(/^https?:\/\/arxiv\.org\/abs\//i, ""));
    if (!arxivId) problems.push({ line, message: `Entry ${i + 1} has no arXiv id ("${id}"); imported without one` });
    const links = (entry.link as Node[] | undefined) ?? [];
    const alternate = links.find((l) => l["@_rel"] === "alternate" || l["@_rel"] === undefined);
    papers.push(
      buildPaper({
        title,
        abstract: collapse(textOf(entry.summary)),
        authors: ((entry.author as Node[] | undefined) ?? []).map((a) => textOf(a.name)),
        year: findYear(textOf(entry.published)) ?? findYear(textOf(entry.updated)),
        venue: textOf(entry["arxiv:journal_ref"]),
        doi: cleanDoi(textOf(entry["arxiv:doi"])),
        arxivId,
        url: typeof alternate?.["@_href"] === "string" ? alternate["@_href"] : id,
        keywords: ((entry.category as Node[] | undefined) ?? []).map((c) => String(c["@_term"] ?? "")),
        key: arxivId,
      }),
    );
  });
  if (papers.length === 0 && problems.length === 0) problems.push({ line: 1, message: "The feed has no entries" });
  return { papers, problems: capProblems(problems) };
}

/** The text of an element that may carry attributes (then it is an object with "#text"). */
function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object" && "#text" in value) return String((value as Node)["#text"] ?? "");
  return "";
}
