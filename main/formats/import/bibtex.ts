/**
 * BibTeX / BibLaTeX import.
 *
 *   parseBibtex(text: string): ParseResult
 *
 * Built on `@retorquere/bibtex-parser` (the parser behind Better BibTeX): it expands @string macros
 * (undefined ones are kept as text and reported), applies @preamble \newcommand's, crossref inheritance,
 * skips %-comments and text between entries, and decodes LaTeX to Unicode ({\'\i} -> í, -- -> –).
 * BibLaTeX fields are read too: `date` for the year, `journaltitle`, `eprint` + `eprinttype` /
 * `archiveprefix` = arXiv. Every entry keeps its line; an entry the parser cannot read is reported with
 * its line and skipped, the rest imports. Entries are returned even without a title (the import plan
 * reports those). A guard pass (bibtex-guard.ts) keeps unclosed and oversized entries away from the
 * parser so garbage cannot make it hang.
 */
import { type Entry, parse } from "@retorquere/bibtex-parser";
import type { ParsedPaper, ParseProblem, ParseResult } from "../../../shared/model/paper";
import { entryFields, protectAngles } from "./bibtex-fields";
import { guardEntries } from "./bibtex-guard";
import { buildPaper } from "./build-paper";
import { capProblems } from "./problems";
import { LineIndex, normalizeText } from "./text";

/** Entry types that describe no work of their own. */
const NOT_PAPERS = new Set(["set", "xdata"]);

export function parseBibtex(text: string): ParseResult {
  const protectedText = protectAngles(normalizeText(text));
  const guarded = guardEntries(protectedText);
  const source = guarded.text;
  const lines = new LineIndex(source);
  const problems: ParseProblem[] = [...guarded.problems];

  let library: ReturnType<typeof parse>;
  try {
    library = parse(source, { sentenceCase: false, caseProtection: false, english: false });
  } catch (err) {
    // The parser reports entry-level trouble in `errors`; a throw here is a parser bug on odd input.
    throw new Error(`Could not read the BibTeX file: ${(err as Error).message}`);
  }

  const lineOf = (needle: string, from = 0): number => {
    const at = needle ? source.indexOf(needle, from) : -1;
    return at === -1 ? 1 : lines.lineAt(at);
  };
  for (const error of library.errors) problems.push(describeError(error, source, lineOf));

  const byKey = new Map<string, Entry>();
  for (const entry of library.entries) {
    if (entry.key && !byKey.has(entry.key.toUpperCase())) byKey.set(entry.key.toUpperCase(), entry);
  }

  const papers: ParsedPaper[] = [];
  const firstLineOfKey = new Map<string, number>();
  let cursor = 0;
  for (const entry of library.entries) {
    // A failed entry keeps an empty `input`; its error is already reported above.
    if (!entry.input) continue;
    const at = source.indexOf(entry.input, cursor);
    if (at !== -1) cursor = at + entry.input.length;
    const line = at === -1 ? lineOf(entry.input) : lines.lineAt(at);
    if (NOT_PAPERS.has(entry.type)) continue;
    if (entry.key) {
      const first = firstLineOfKey.get(entry.key);
      if (first === undefined) firstLineOfKey.set(entry.key, line);
      else problems.push({ line, message: `Duplicate key "${entry.key}" (first used at line ${first}); both kept` });
    }
    const crossref = typeof entry.fields.crossref === "string" ? entry.fields.crossref : undefined;
    const parent = crossref ? byKey.get(crossref.toUpperCase()) : undefined;
    papers.push(buildPaper(entryFields(entry, parent)));
  }

  return { papers, problems: capProblems(problems) };
}

type BibError = ReturnType<typeof parse>["errors"][number];

function describeError(error: BibError, source: string, lineOf: (needle: string) => number): ParseProblem {
  const message = error.error.split("\n")[0] ?? error.error;
  const input = error.input ?? "";
  const undefinedMacro = /^Unresolved @string reference "(.*)"$/.exec(message);
  if (undefinedMacro) {
    const name = undefinedMacro[1] ?? "";
    const use = new RegExp(`[=#]\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").exec(source);
    return {
      line: use ? lineOf(use[0]) : 1,
      message: `Undefined @string macro "${name}"; its name is kept as the value`,
    };
  }
  const unhandled = /^unhandled (macro|environment) /.exec(message);
  if (unhandled) return { line: lineOf(input), message: `Unknown LaTeX ${message.slice(10)}; kept as written` };
  if (input.startsWith("@")) {
    const head = input.split("\n")[0]?.trim() ?? input;
    return {
      line: lineOf(input),
      message: `Entry "${head.slice(0, 60)}" could not be read and was skipped: ${message}`,
    };
  }
  return { line: lineOf(input), message };
}
