/**
 * Zotero CSV import ("Export Library… > CSV", and the same file after a round trip through Excel).
 *
 *   parseZoteroCsv(text: string): ParseResult
 *
 * Columns are found by their header names, so reordered or trimmed exports work too: Key, Item Type,
 * Publication Year, Author ("Last, First; Last, First"), Title, Publication Title, DOI, Url, Abstract Note,
 * Manual Tags / Automatic Tags ("a; b"), Notes (Zotero's HTML notes, turned into Markdown), Extra (may
 * hold "arXiv: 2301.01234" or "DOI: …"). A row whose quoted cell never closes is reported and skipped.
 */
import Papa from "papaparse";
import TurndownService from "turndown";
import type { ParsedPaper, ParseProblem, ParseResult } from "../../../shared/model/paper";
import { buildPaper } from "./build-paper";
import { capProblems } from "./problems";
import { cleanDoi, findArxivId, findYear, LineIndex, normalizeText } from "./text";

interface Row {
  cells: string[];
  line: number;
  broken: boolean;
}

export function parseZoteroCsv(text: string): ParseResult {
  const source = normalizeText(text);
  const lines = new LineIndex(source);
  const rows: Row[] = [];
  let start = 0;
  Papa.parse<string[]>(source, {
    skipEmptyLines: "greedy",
    step(result) {
      while (source[start] === "\n") start++;
      rows.push({
        cells: result.data,
        line: lines.lineAt(start),
        broken: result.errors.some((e) => e.type === "Quotes"),
      });
      start = result.meta.cursor;
    },
  });

  const problems: ParseProblem[] = [];
  const header = rows.shift();
  if (!header) return { papers: [], problems: [{ line: 1, message: "The CSV file is empty" }] };
  const columns = new Map(header.cells.map((name, i) => [name.trim().toLowerCase(), i] as const));
  if (!columns.has("title")) {
    return { papers: [], problems: [{ line: header.line, message: 'No "Title" column in the CSV header' }] };
  }

  const papers: ParsedPaper[] = [];
  for (const row of rows) {
    if (row.broken) {
      problems.push({
        line: row.line,
        message: `Row at line ${row.line}: a quoted cell is malformed or never closed; skipped`,
      });
      continue;
    }
    const cell = (...names: string[]): string | undefined => {
      for (const name of names) {
        const value = row.cells[columns.get(name) ?? -1]?.trim();
        if (value) return value;
      }
      return undefined;
    };
    const extra = cell("extra");
    const doi = cleanDoi(cell("doi")) ?? cleanDoi(/^DOI:\s*(\S+)/im.exec(extra ?? "")?.[1]);
    papers.push(
      buildPaper({
        title: cell("title"),
        abstract: cell("abstract note", "abstract"),
        authors: splitList(cell("author")).map(zoteroName),
        year: findYear(cell("publication year")) ?? findYear(cell("date")),
        venue: cell("publication title", "conference name", "proceedings title"),
        doi,
        arxivId: findArxivId(extra, cell("url"), doi, cell("archive location"), cell("number")),
        url: cell("url"),
        note: notesToMarkdown(cell("notes") ?? ""),
        keywords: [...splitList(cell("manual tags")), ...splitList(cell("automatic tags"))],
        key: cell("key"),
      }),
    );
  }
  return { papers, problems: capProblems(problems) };
}

function splitList(value: string | undefined): string[] {
  return (value ?? "")
    .split(";")
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

/** "Last, First" -> "First Last"; single-field names ("X. Zhao", "NASA") stay as written. */
function zoteroName(name: string): string {
  const comma = name.indexOf(",");
  if (comma === -1) return name;
  return `${name.slice(comma + 1).trim()} ${name.slice(0, comma).trim()}`.trim();
}

let turndown: TurndownService | undefined;

/** Zotero notes are HTML (<div data-schema-version><p>…); turn them into Markdown, leave plain text alone. */
export function notesToMarkdown(notes: string): string {
  if (!/<[a-z][^>]*>/i.test(notes)) return notes;
  turndown ??= new TurndownService({ headingStyle: "atx", bulletListMarker: "-", codeBlockStyle: "fenced" });
  return turndown.turndown(notes).trim();
}
