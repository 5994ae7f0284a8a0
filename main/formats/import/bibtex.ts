/**
 * BibTeX / BibLaTeX import.
 *
 *   parseBibtex(text: string, { fastPath = true }): ParseResult
 *
 * Built on `@retorquere/bibtex-parser` (the parser behind Better BibTeX): it expands @string macros
 * (undefined ones are kept as text and reported), applies @preamble \newcommand's, crossref inheritance,
 * skips %-comments and text between entries, and decodes LaTeX to Unicode ({\'\i} -> í, -- -> –).
 * BibLaTeX fields are read too: `date` for the year, `journaltitle`, `eprint` + `eprinttype` /
 * `archiveprefix` = arXiv. Every entry keeps its line; an entry the parser cannot read is reported with
 * its line and skipped, the rest imports. Entries are returned even without a title (the import plan
 * reports those). A guard pass (bibtex-guard.ts) keeps unclosed and oversized entries away from the
 * parser so garbage cannot make it hang. Problems are listed by line.
 *
 * Speed: the parser's LaTeX grammar costs about 1 ms per entry (5 ms with an abstract), so 10,000
 * entries took 10-50 s. Entries of the common shape take the fast path (bibtex-fast-path.ts): plain
 * values are decoded directly and only the pieces with LaTeX in them go through the parser, batched.
 * The rest of the file (crossref families, @string users, anything unusual) is parsed as before, and
 * the results are merged in file order. The tests hold both ways to the same papers and problems.
 */
import { type Entry, parse } from "@retorquere/bibtex-parser";
import type { ParsedPaper, ParseProblem, ParseResult } from "../../../shared/model/paper";
import { PARSER_OPTIONS, type PlacedEntry, readFastEntries } from "./bibtex-fast-path";
import { entryFields, protectAngles } from "./bibtex-fields";
import { guardEntries } from "./bibtex-guard";
import { scanEntries } from "./bibtex-scan";
import { buildPaper } from "./build-paper";
import { capProblems } from "./problems";
import { LineIndex, normalizeText } from "./text";

const BLANK = /^\s*$/;
/** Entry types that describe no work of their own. */
const NOT_PAPERS = new Set(["set", "xdata"]);

export interface BibtexOptions {
  /** Read entries of the common shape without the full LaTeX parse (same result, see bibtex-fast-path.ts). */
  fastPath?: boolean;
}

export function parseBibtex(text: string, { fastPath = true }: BibtexOptions = {}): ParseResult {
  const protectedText = protectAngles(normalizeText(text));
  const guarded = guardEntries(protectedText);
  const source = guarded.text;
  const lines = new LineIndex(source);
  const problems: ParseProblem[] = [...guarded.problems];

  const whole = { text: source, lines };
  const fast = fastPath ? readFastEntries(source, scanEntries(source, guarded.entries)) : { entries: [], warnings: [] };
  const rest = withoutEntries(source, fast.entries);
  const full = parseFully(rest.text, whole, problems);
  const entries = mergeByOffset(
    fast.entries,
    full.entries.map(({ at, entry }) => ({ at: rest.toSource(at), entry })),
  );
  // The parser warns once per unknown macro name; so does Folio, over both ways of reading.
  for (const { name, tex } of fast.warnings) {
    if (!full.unknownMacros.has(name))
      problems.push(describeError({ error: `unhandled macro ${tex}`, input: tex }, whole));
  }

  const byKey = new Map<string, Entry>();
  for (const { entry } of entries) {
    if (entry.key && !byKey.has(entry.key.toUpperCase())) byKey.set(entry.key.toUpperCase(), entry);
  }
  const papers: ParsedPaper[] = [];
  const firstOfKey = new Map<string, number>();
  for (const { at, entry } of entries) {
    if (NOT_PAPERS.has(entry.type)) continue;
    if (entry.key) {
      const first = firstOfKey.get(entry.key);
      if (first === undefined) firstOfKey.set(entry.key, at);
      else
        problems.push({
          line: lines.lineAt(at),
          message: `Duplicate key "${entry.key}" (first used at line ${lines.lineAt(first)}); both kept`,
        });
    }
    const crossref = typeof entry.fields.crossref === "string" ? entry.fields.crossref : undefined;
    const parent = crossref ? byKey.get(crossref.toUpperCase()) : undefined;
    papers.push(buildPaper(entryFields(entry, parent)));
  }
  return {
    papers,
    problems: capProblems(problems.sort((a, b) => a.line - b.line || a.message.localeCompare(b.message))),
  };
}

/**
 * Run the full parser over `source`; its problems go to `problems`, placed where their text first
 * occurs in `whole` (the file the problem is shown for). Entries come back with their offsets in
 * `source` (-1 when not found, which sorts them first).
 */
function parseFully(
  source: string,
  whole: WholeText,
  problems: ParseProblem[],
): { entries: PlacedEntry[]; unknownMacros: Set<string> } {
  // Every entry took the fast path: only the newlines that kept the line numbers are left.
  if (BLANK.test(source)) return { entries: [], unknownMacros: new Set() };
  let library: ReturnType<typeof parse>;
  try {
    library = parse(source, PARSER_OPTIONS);
  } catch (err) {
    // The parser reports entry-level trouble in `errors`; a throw here is a parser bug on odd input.
    throw new Error(`Could not read the BibTeX file: ${(err as Error).message}`);
  }
  const unknownMacros = new Set<string>();
  for (const error of library.errors) {
    problems.push(describeError(error, whole));
    const name = /^unhandled macro \\([A-Za-z@]+|.)/.exec(error.error)?.[1];
    if (name) unknownMacros.add(name);
  }

  const placed: PlacedEntry[] = [];
  let cursor = 0;
  for (const entry of library.entries) {
    // A failed entry keeps an empty `input`; its error is already reported above.
    if (!entry.input) continue;
    let at = source.indexOf(entry.input, cursor);
    if (at === -1) at = source.indexOf(entry.input);
    else cursor = at + entry.input.length;
    placed.push({ at, entry });
  }
  return { entries: placed, unknownMacros };
}

/**
 * `source` without the given entries, each replaced by its newlines only (so line numbers stay),
 * and the way back from an offset in that text to the offset in `source`.
 */
function withoutEntries(
  source: string,
  entries: readonly PlacedEntry[],
): { text: string; toSource: (at: number) => number } {
  if (entries.length === 0) return { text: source, toSource: (at) => at };
  const parts: string[] = [];
  // Kept runs: [offset in text, offset in source], ascending.
  const runs: [number, number][] = [];
  let from = 0;
  let length = 0;
  const keep = (to: number): void => {
    runs.push([length, from]);
    parts.push(source.slice(from, to));
    length += to - from;
  };
  for (const { at, entry } of entries) {
    keep(at);
    const newlines = "\n".repeat(countNewlines(entry.input));
    parts.push(newlines);
    length += newlines.length;
    from = at + entry.input.length;
  }
  keep(source.length);
  const toSource = (at: number): number => {
    if (at < 0) return at;
    let lo = 0;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((runs[mid]?.[0] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    const [textAt, sourceAt] = runs[lo] ?? [0, 0];
    return sourceAt + (at - textAt);
  };
  return { text: parts.join(""), toSource };
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/** Both lists are in file order; the result is too. */
function mergeByOffset(a: readonly PlacedEntry[], b: readonly PlacedEntry[]): PlacedEntry[] {
  const out: PlacedEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x && (!y || x.at <= y.at)) {
      out.push(x);
      i++;
    } else if (y) {
      out.push(y);
      j++;
    }
  }
  return out;
}

type BibError = ReturnType<typeof parse>["errors"][number];

/** The text problems are shown for, and its lines. */
interface WholeText {
  text: string;
  lines: LineIndex;
}

/** The line where `needle` first occurs in the text (1 when it does not). */
function lineOf(whole: WholeText, needle: string): number {
  const at = needle ? whole.text.indexOf(needle) : -1;
  return at === -1 ? 1 : whole.lines.lineAt(at);
}

function describeError(error: BibError, whole: WholeText): ParseProblem {
  const message = error.error.split("\n")[0] ?? error.error;
  const input = error.input ?? "";
  const undefinedMacro = /^Unresolved @string reference "(.*)"$/.exec(message);
  if (undefinedMacro) {
    const name = undefinedMacro[1] ?? "";
    const use = new RegExp(`[=#]\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").exec(whole.text);
    return {
      line: use ? lineOf(whole, use[0]) : 1,
      message: `Undefined @string macro "${name}"; its name is kept as the value`,
    };
  }
  const unhandled = /^unhandled (macro|environment) /.exec(message);
  if (unhandled) return { line: lineOf(whole, input), message: `Unknown LaTeX ${message.slice(10)}; kept as written` };
  if (input.startsWith("@")) {
    const head = input.split("\n")[0]?.trim() ?? input;
    return {
      line: lineOf(whole, input),
      message: `Entry "${head.slice(0, 60)}" could not be read and was skipped: ${message}`,
    };
  }
  return { line: lineOf(whole, input), message };
}
