/**
 * CSL-JSON import (Zotero "CSL JSON" export, citeproc data, Pandoc bibliographies).
 *
 *   parseCslJson(text: string): ParseResult
 *
 * The file is an array of items. Each top-level item is located in the text first (a linear scan that
 * respects strings), so a bad item is reported with its line and skipped, and a truncated file still
 * yields every complete item before the cut. Fields: title, author [{family, given} | {literal}],
 * issued (date-parts, raw or literal), container-title, DOI, URL, abstract, note, keyword, id /
 * citation-key.
 */
import type { ParsedPaper, ParseProblem, ParseResult } from "../../../shared/model/paper";
import { buildPaper } from "./build-paper";
import { capProblems } from "./problems";
import { cleanDoi, collapse, findArxivId, findYear, LineIndex, normalizeText, splitKeywords } from "./text";

interface Span {
  start: number;
  end: number;
}

export function parseCslJson(text: string): ParseResult {
  const source = normalizeText(text);
  const lines = new LineIndex(source);
  const problems: ParseProblem[] = [];
  const papers: ParsedPaper[] = [];

  const open = source.search(/\S/);
  if (open === -1 || source[open] !== "[") {
    return { papers, problems: [{ line: 1, message: "Not a CSL-JSON file: expected a JSON array of items" }] };
  }
  const { items, closed } = splitTopLevel(source, open);
  items.forEach((span, index) => {
    const line = lines.lineAt(span.start);
    let item: unknown;
    try {
      item = JSON.parse(source.slice(span.start, span.end));
    } catch (err) {
      problems.push({ line, message: `Item ${index + 1} is not valid JSON (${(err as Error).message}); skipped` });
      return;
    }
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      problems.push({ line, message: `Item ${index + 1} is not an object; skipped` });
      return;
    }
    papers.push(toPaper(item as Record<string, unknown>));
  });
  if (!closed) {
    problems.push({
      line: lines.lineAt(source.length),
      message: "The file ends before the closing ]; it looks truncated",
    });
  }
  return { papers, problems: capProblems(problems) };
}

/** Spans of the complete top-level elements of the array opening at `open`; `closed` if its "]" was found. */
function splitTopLevel(source: string, open: number): { items: Span[]; closed: boolean } {
  const items: Span[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = open + 1; i < source.length; i++) {
    const ch = source[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    if (depth === 0 && start === -1 && ch !== undefined && !/[\s,\]]/.test(ch)) start = i;
    if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") {
      if (depth === 0) {
        if (start !== -1) items.push({ start, end: i });
        return { items, closed: true };
      }
      depth--;
    }
    if (depth === 0 && start !== -1 && (ch === "," || ch === "}" || ch === "]")) {
      items.push({ start, end: ch === "," ? i : i + 1 });
      start = -1;
    }
  }
  return { items, closed: false };
}

function str(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return undefined;
}

function name(value: unknown): string {
  if (typeof value !== "object" || value === null) return "";
  const n = value as Record<string, unknown>;
  const literal = str(n.literal);
  if (literal) return literal;
  return collapse([str(n.given), str(n["non-dropping-particle"]), str(n.family), str(n.suffix)].join(" "));
}

function year(issued: unknown): number | undefined {
  if (typeof issued !== "object" || issued === null) return findYear(str(issued));
  const date = issued as Record<string, unknown>;
  const parts = date["date-parts"];
  if (Array.isArray(parts) && Array.isArray(parts[0])) {
    const y = Number(parts[0][0]);
    if (Number.isInteger(y) && y > 999 && y < 3000) return y;
  }
  return findYear(str(date.raw)) ?? findYear(str(date.literal));
}

function toPaper(item: Record<string, unknown>): ParsedPaper {
  const authors = Array.isArray(item.author) ? item.author.map(name) : [];
  const doi = cleanDoi(str(item.DOI));
  const url = str(item.URL);
  const keyword = item.keyword;
  return buildPaper({
    title: str(item.title),
    abstract: str(item.abstract),
    authors,
    year: year(item.issued),
    venue: str(item["container-title"]),
    doi,
    arxivId: findArxivId(url, doi, str(item.number), str(item.note)),
    url,
    note: str(item.note),
    keywords: Array.isArray(keyword)
      ? keyword.filter((k): k is string => typeof k === "string")
      : splitKeywords(str(keyword)),
    key: str(item["citation-key"]) ?? str(item.id),
  });
}
