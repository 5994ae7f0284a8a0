/**
 * Small text helpers shared by the import parsers: byte-order marks, line endings, line numbers,
 * identifiers (DOI, arXiv id, year) found in free text, and the links a paper carries.
 */
import { extractLinks } from "../../../shared/parsers/seed-page";

/** Strip a leading UTF-8 byte-order mark and turn CRLF / lone CR into LF (line numbers are unchanged). */
export function normalizeText(text: string): string {
  const bare = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return bare.includes("\r") ? bare.replace(/\r\n?/g, "\n") : bare;
}

/** Collapse every run of whitespace to one space and trim. */
export function collapse(text: string): string {
  // Most values have nothing to collapse: test first and skip the copy (imports run this 100k times).
  return (SPACE_TO_COLLAPSE.test(text) ? text.replace(/\s+/g, " ") : text).trim();
}
const SPACE_TO_COLLAPSE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** Runs of " " to one, trimmed: `collapse` for text whose only white space inside is " " (one quick search). */
export function collapseSpaceRuns(text: string): string {
  return (text.includes("  ") ? text.replace(/ +/g, " ") : text).trim();
}

/**
 * Maps character offsets to 1-based line numbers with a binary search over the newline positions,
 * found on the first lookup (a clean file may need none).
 */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    this.starts ??= lineStarts(this.text);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

const DOI_PATTERN = /\b(10\.\d{4,9}\/[^\s"]+)/;

/** A DOI without its resolver prefix ("https://doi.org/", "doi:"), or undefined when `text` holds none. */
export function cleanDoi(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const match = DOI_PATTERN.exec(text.trim());
  return match?.[1]?.replace(/[.,;]+$/, "");
}

const NEW_ARXIV = String.raw`\d{4}\.\d{4,5}`;
const OLD_ARXIV = String.raw`[a-z-]+(?:\.[A-Z]{2})?\/\d{7}`;
const ARXIV_ID = new RegExp(`^(?:arxiv:)?\\s*(${NEW_ARXIV}|${OLD_ARXIV})(?:v\\d+)?$`, "i");
const ARXIV_IN_TEXT = [
  new RegExp(`arxiv\\.org\\/(?:abs|pdf)\\/(${NEW_ARXIV}|${OLD_ARXIV})(?:v\\d+)?`, "i"),
  new RegExp(`\\b10\\.48550\\/arxiv\\.(${NEW_ARXIV}|${OLD_ARXIV})`, "i"),
  new RegExp(`\\barxiv:\\s*(${NEW_ARXIV}|${OLD_ARXIV})(?:v\\d+)?`, "i"),
];

/** "2301.01234v2", "arXiv:2301.01234", "cond-mat/0603029v1" -> the id without version; else undefined. */
export function cleanArxivId(text: string | undefined): string | undefined {
  const match = text ? ARXIV_ID.exec(text.trim()) : null;
  return match?.[1] ? stripVersion(match[1]) : undefined;
}

/** The first arXiv id named in free text: an arxiv.org URL, an arXiv DOI or "arXiv: 2301.01234". */
export function findArxivId(...texts: (string | undefined)[]): string | undefined {
  for (const text of texts) {
    if (!text) continue;
    for (const pattern of ARXIV_IN_TEXT) {
      const id = pattern.exec(text)?.[1];
      if (id) return stripVersion(id);
    }
  }
  return undefined;
}

function stripVersion(id: string): string {
  return id.replace(/v\d+$/i, "");
}

/** The first plausible year (1000-2999) in a date-ish string: "2019", "2019-03-01", "1995/07//", "Mar 2020". */
export function findYear(text: string | number | undefined): number | undefined {
  if (typeof text === "number") return Number.isInteger(text) && text > 999 && text < 3000 ? text : undefined;
  const match = text ? /(?:^|\D)([12]\d{3})(?!\d)/.exec(text) : null;
  return match?.[1] ? Number(match[1]) : undefined;
}

/** The http(s) URL or undefined. */
export function httpUrl(text: string | undefined): string | undefined {
  const url = text?.trim();
  return url && /^https?:\/\/\S+$/i.test(url) ? url : undefined;
}

/** Links of a paper: URLs in the abstract, plus the paper's own URL. */
export function collectLinks(abstract: string, url: string | undefined): string[] {
  const links = extractLinks(abstract);
  if (url && !links.includes(url)) links.push(url);
  return links;
}

/** Split a keyword list on commas / semicolons, trim, drop empties and case-insensitive repeats. */
export function splitKeywords(...values: (string | undefined)[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    for (const raw of (value ?? "").split(/[;,\n]/)) {
      const keyword = collapse(raw);
      if (keyword && !seen.has(keyword.toLowerCase())) {
        seen.add(keyword.toLowerCase());
        out.push(keyword);
      }
    }
  }
  return out;
}

/** A short quote of `text` for problem messages. */
export function preview(text: string, max = 60): string {
  const flat = collapse(text);
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
