/**
 * Parser for the "trending papers" seed page: a few header lines, then for each paper a one-line title
 * and an abstract paragraph, blocks separated by blank lines. Pure TypeScript (runs in the browser too).
 */
import type { ParsedPaper, ParseProblem, ParseResult } from "../model/paper";

/** The parse result plus the page's date line (e.g. "Mar 11") when the header has one. */
export interface SeedPageResult extends ParseResult {
  date?: string;
}

/** Real titles are 35-118 chars; anything longer than this is prose, never a title. */
const TITLE_MAX_CHARS = 300;
/** Real abstracts are >= 1376 chars; below this a paragraph is "too short to be an abstract". */
const ABSTRACT_MIN_CHARS = 100;

const HEADER_LINES: readonly RegExp[] = [
  /^new$/i,
  /^get trending papers in your e-?mail inbox!?$/i,
  /^subscribe$/i,
  /^by\s*ak\b.*\bcommunity$/i,
];

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" +
  "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DATE_LINE = new RegExp(
  `^(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:,?\\s+\\d{4})?|` +
    "\\d{4}-\\d{2}-\\d{2})$",
  "i",
);

/** A run of non-blank lines; `line` is the 1-based number of its first line. */
interface Block {
  line: number;
  lines: string[];
}

/**
 * - title: one line, short, not ending like a sentence;
 * - sentence: one short line ending like a sentence (a short abstract, or a title ending with ".");
 * - abstract: a multi-line paragraph or a line too long to be a title;
 * - fragment: a multi-line paragraph too short to be an abstract.
 */
type BlockKind = "title" | "sentence" | "abstract" | "fragment";

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"`{}|\\^]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'\u2018\u2019\u201c\u201d\u00bb*]$/;
const CLOSERS: Readonly<Record<string, string>> = { ")": "(", "]": "[" };

/** http(s) URLs in `text`, trailing punctuation and unbalanced closing brackets removed, deduplicated. */
export function extractLinks(text: string): string[] {
  const links: string[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    if (/^https?:\/\/[^/?#.:]+[^/?#]*/i.test(url) && !links.includes(url)) links.push(url);
  }
  return links;
}

function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const last = url.slice(-1);
    const opener = CLOSERS[last];
    if (TRAILING_PUNCTUATION.test(last)) {
      url = url.slice(0, -1);
    } else if (opener !== undefined && count(url, opener) < count(url, last)) {
      // Keep "(x)" that belongs to the URL (Wikipedia style), drop the ")" / "]" that closes prose.
      url = url.slice(0, -1);
    } else {
      return url;
    }
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

export function parseSeedPage(text: string): SeedPageResult {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n?|\n/);
  const problems: ParseProblem[] = [];
  const papers: ParsedPaper[] = [];

  // Header: leading blank lines, known header lines and the date line, until the first other line.
  let start = 0;
  let date: string | undefined;
  for (; start < lines.length; start++) {
    const line = (lines[start] ?? "").trim();
    if (line === "" || HEADER_LINES.some((re) => re.test(line))) continue;
    if (DATE_LINE.test(line)) {
      date = line;
      continue;
    }
    break;
  }

  const blocks = splitBlocks(lines, start);
  const kinds = blocks.map(classify);
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i] as Block;
    const kind = kinds[i];
    const next = blocks[i + 1];
    const nextKind = kinds[i + 1];
    // A title-like line ending with "." is still a title when a real abstract follows it.
    if (!(kind === "title" || (kind === "sentence" && nextKind === "abstract"))) {
      problems.push({
        line: block.line,
        message: `Paragraph without a title, skipped: "${preview(block)}"`,
      });
      i += 1;
      continue;
    }
    const title = collapse(block.lines.join(" "));
    if (next === undefined) {
      problems.push({ line: block.line, message: `Title with no abstract at end of page: "${title}"` });
      i += 1;
      continue;
    }
    const nextText = next.lines.join(" ").trim();
    const isAbstract =
      nextKind === "abstract" ||
      // A short one-line sentence followed by an abstract is more likely the next paper's title.
      (nextKind === "sentence" && nextText.length >= ABSTRACT_MIN_CHARS && kinds[i + 2] !== "abstract");
    if (isAbstract) {
      papers.push({ title, abstract: nextText, links: extractLinks(nextText), authors: [] });
      i += 2;
    } else if (nextKind === "title" || (nextKind === "sentence" && kinds[i + 2] === "abstract")) {
      // The next line is probably the following paper's title: leave it for the next round.
      problems.push({ line: block.line, message: `Title with no abstract, skipped: "${title}"` });
      i += 1;
    } else {
      problems.push({
        line: block.line,
        message: `Text after title "${title}" is too short to be an abstract, skipped: "${preview(next)}"`,
      });
      i += 2;
    }
  }

  if (papers.length === 0) problems.push({ line: 1, message: "No papers found in the page" });
  return date === undefined ? { papers, problems } : { papers, problems, date };
}

function splitBlocks(lines: readonly string[], start: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (let i = start; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "") {
      current = undefined;
    } else if (current === undefined) {
      current = { line: i + 1, lines: [line] };
      blocks.push(current);
    } else {
      current.lines.push(line);
    }
  }
  return blocks;
}

function classify(block: Block): BlockKind {
  const text = block.lines.join(" ");
  if (block.lines.length > 1) return text.length >= ABSTRACT_MIN_CHARS ? "abstract" : "fragment";
  if (text.length > TITLE_MAX_CHARS) return "abstract";
  return looksLikeSentence(text) ? "sentence" : "title";
}

/** Ends with "." / "!" (maybe inside quotes or brackets), or holds two or more sentence breaks. */
function looksLikeSentence(line: string): boolean {
  if (/[.!]["'\u2019\u201d)\]]*$/.test(line)) return true;
  return (line.match(/[\p{Ll}\d)][.!?]\s+\p{Lu}/gu) ?? []).length >= 2;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function preview(block: Block): string {
  const text = collapse(block.lines.join(" "));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
