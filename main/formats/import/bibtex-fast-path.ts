/**
 * The fast path of the BibTeX import: entries of the common shape are read without running the
 * LaTeX grammar over every field; only the pieces of their values that hold LaTeX go through it.
 *
 *   readFastEntries(source, scanned): { entries, warnings }
 *
 * An entry takes the fast path when the scanner read it (bibtex-scan.ts), it is neither the target
 * nor the source of a crossref (inheritance happens inside the parser), every field Folio reads is
 * one braced, quoted or numeric value, and no field uses an @string macro other than a month.
 * Of its read fields, the plain ones are decoded directly (bibtex-plain-values.ts); texts and notes
 * with LaTeX are cut where LaTeX cannot reach across (bibtex-chunks.ts), and the pieces that need it,
 * deduplicated, are decoded in one batch by `@retorquere/bibtex-parser` itself, in entries of their
 * own after the file's @preambles (so \newcommand's still apply). Unread fields with LaTeX in them
 * (a Windows path in `file`) go through the same batch only to learn whether the parser would warn.
 * An unknown macro is kept as written, as the parser keeps it, and returned in `warnings` to be
 * reported; any other trouble sends the whole entry back to the full parse, which reports it with its
 * line as before. Everything not returned here is parsed by the caller as without the fast path.
 */
import { type Entry, parse } from "@retorquere/bibtex-parser";
import { type Cut, cutLatexText, splitParagraphs } from "./bibtex-chunks";
import { READ_FIELDS } from "./bibtex-fields";
import { cachedMode, decodePlain, type FieldValue, isInert, MONTHS, needsLatex } from "./bibtex-plain-values";
import type { ScannedEntry } from "./bibtex-scan";

export const PARSER_OPTIONS = { sentenceCase: false, caseProtection: false, english: false } as const;

/** An entry and the offset of its "@" in the source. */
export interface PlacedEntry {
  at: number;
  entry: Entry;
}

/** Types the full parse handles: sets and xdata are containers, not papers. */
const SLOW_TYPES = new Set(["set", "xdata"]);
/** Fields that link entries; the parser resolves them, so their entries stay with it. */
const LINK_FIELDS = ["crossref", "xdata", "xref"];
const LINK_TARGET = /\b(?:crossref|xdata|xref)[ \t\r\n]*=[ \t\r\n]*[{"]?[ \t\r\n]*([^\s,{}"]+)/gi;
/** How the parser names the entry in a warning about a name ("@key: unexpected 4-part name"). */
const WARNING_KEY = /^@(folio-fast-\d+): /;

interface Piece {
  /** What goes before it: "" for the first, " " between words, "<p>" between paragraphs. */
  before: string;
  value: string | { raw: string };
}

interface Plan {
  scanned: ScannedEntry;
  fields: Record<string, FieldValue>;
  /** Values for the parser: field name, raw value, and whether it is the field's whole value. */
  pending: [string, string, boolean][];
  /** Text fields decoded in pieces: each decoded here or a raw piece for the parser, after its separator. */
  pieced: [string, Piece[]][];
}

/** An unknown LaTeX macro in a fast entry: the parser keeps it as written and Folio reports it. */
export interface MacroWarning {
  /** The macro's name without the backslash, as the parser tells macros apart ("mathcal"). */
  name: string;
  /** The macro as written, with its arguments ("\\mathcal{O}"). */
  tex: string;
}

export interface FastRead {
  entries: PlacedEntry[];
  /** In file order, one per name. */
  warnings: MacroWarning[];
}

export function readFastEntries(source: string, scanned: readonly ScannedEntry[]): FastRead {
  const linked = linkTargets(source, scanned);
  const plans: Plan[] = [];
  for (const entry of scanned) {
    const plan = planEntry(entry, linked);
    if (plan) plans.push(plan);
  }
  const { decoded, warnings } = decodeWithParser(
    scanned.filter((entry) => entry.type === "preamble").map((entry) => source.slice(entry.start, entry.end)),
    plans.flatMap((plan) => plan.pending),
  );
  const placed: PlacedEntry[] = [];
  const warned = new Map<string, MacroWarning>();
  for (const { scanned: entry, fields, pending, pieced } of plans) {
    let complete = true;
    for (const [field, raw, whole] of pending) {
      const value = decoded.get(valueKey(field, raw));
      if (value === FAILED) complete = false;
      else if (whole && value !== undefined) fields[field] = value;
    }
    for (const [field, pieces] of pieced) {
      let text = "";
      for (const { before, value } of pieces) {
        const piece = typeof value === "string" ? value : decoded.get(valueKey(field, value.raw));
        if (piece !== undefined && typeof piece !== "string") complete = false;
        else text += before + (piece ?? "");
      }
      fields[field] = text;
    }
    if (!complete) continue;
    for (const [field, raw] of pending) {
      for (const warning of warnings.get(valueKey(field, raw)) ?? []) {
        if (!warned.has(warning.name)) warned.set(warning.name, warning);
      }
    }
    placed.push({
      at: entry.start,
      entry: {
        type: entry.type,
        key: entry.key,
        fields: fields as Entry["fields"],
        mode: {},
        input: source.slice(entry.start, entry.end),
      },
    });
  }
  return { entries: placed, warnings: [...warned.values()] };
}

/** Keys named by a crossref / xdata / xref in any entry, uppercased as the parser compares them. */
function linkTargets(source: string, scanned: readonly ScannedEntry[]): Set<string> {
  const keys = new Set<string>();
  for (const entry of scanned) {
    if (entry.fields) {
      for (const field of LINK_FIELDS) {
        for (const part of entry.fields.get(field) ?? []) keys.add(part.text.trim().toUpperCase());
      }
    } else {
      // Not read by the scanner: look for the fields in its text.
      for (const match of source.slice(entry.start, entry.end).matchAll(LINK_TARGET)) {
        keys.add((match[1] ?? "").toUpperCase());
      }
    }
  }
  return keys;
}

function planEntry(entry: ScannedEntry, linked: ReadonlySet<string>): Plan | undefined {
  if (!entry.fields || SLOW_TYPES.has(entry.type) || linked.has(entry.key.toUpperCase())) return undefined;
  const fields: Record<string, FieldValue> = {};
  const pending: [string, string, boolean][] = [];
  const pieced: Plan["pieced"] = [];
  for (const [field, parts] of entry.fields) {
    if (LINK_FIELDS.includes(field)) return undefined;
    if (parts.some((part) => part.kind === "macro" && !isMonth(part.text))) return undefined;
    if (!READ_FIELDS.has(field)) {
      if (!isInert(parts))
        pending.push([field, parts.map((part) => (part.kind === "macro" ? "" : part.text)).join(""), false]);
      continue;
    }
    const [part, ...more] = parts;
    if (!part || more.length > 0 || part.kind === "macro") return undefined;
    const plain = decodePlain(field, part.text);
    if (plain) {
      if (plain.value !== undefined) fields[field] = plain.value;
      continue;
    }
    const pieces = textPieces(field, part.text);
    if (!pieces) {
      pending.push([field, part.text, true]);
      continue;
    }
    for (const { value } of pieces) if (typeof value !== "string") pending.push([field, value.raw, false]);
    pieced.push([field, pieces]);
  }
  return { scanned: entry, fields, pending, pieced };
}

/**
 * A text or note value cut where LaTeX cannot reach across (bibtex-chunks.ts), each piece decoded
 * here when plain; undefined when it cannot be cut.
 */
function textPieces(field: string, raw: string): Piece[] | undefined {
  const mode = cachedMode(field);
  if (mode !== "literal" && mode !== "title" && mode !== "richtext") return undefined;
  const paragraphs = mode === "richtext" ? (splitParagraphs(raw) ?? [raw]) : [raw];
  const pieces: Piece[] = [];
  paragraphs.forEach((paragraph, p) => {
    const start = p > 0 ? "<p>" : "";
    const plain = paragraphs.length > 1 ? decodePlain(field, paragraph)?.value : undefined;
    if (typeof plain === "string") {
      pieces.push({ before: start, value: plain });
      return;
    }
    // Runs of plain words are decoded as one piece (the white space between them collapses as it
    // would in the whole value); only the words with LaTeX go to the parser.
    let before = start;
    let runStart = -1;
    let runEnd = -1;
    const flush = () => {
      if (runStart === -1) return;
      const words = paragraph.slice(runStart, runEnd);
      const value = decodePlain(field, words)?.value;
      pieces.push({ before, value: typeof value === "string" ? value : { raw: words } });
      runStart = -1;
      before = " ";
    };
    for (const { start: from, end, latex } of cutLatexText(paragraph) ?? [wholeCut(paragraph)]) {
      const word = latex ? paragraph.slice(from, end) : "";
      if (!latex || !needsLatex(word)) {
        if (runStart === -1) runStart = from;
        runEnd = end;
        continue;
      }
      flush();
      pieces.push({ before, value: { raw: word } });
      before = " ";
    }
    flush();
  });
  return pieces.length > 1 ? pieces : undefined;
}

/** A value that is not cut, as one piece (flagged: whether it needs the parser is checked on it). */
function wholeCut(text: string): Cut {
  return { start: 0, end: text.length, latex: true };
}

const FAILED = Symbol("failed");
type Decoded = FieldValue | undefined | typeof FAILED;

function isMonth(macro: string): boolean {
  return MONTHS.has(macro.toLowerCase());
}

function valueKey(field: string, raw: string): string {
  return `${field}\u0000${raw}`;
}

/**
 * Decode values in one parser run: one synthetic entry per distinct (field, value). An unknown macro
 * is kept as written (as the parser does) and noted for the value. A value is FAILED when its entry
 * is missing from the result or the parser had any other trouble with it; trouble that cannot be
 * tied to one entry fails them all.
 */
function decodeWithParser(
  preambles: string[],
  values: [string, string, boolean][],
): { decoded: Map<string, Decoded>; warnings: Map<string, MacroWarning[]> } {
  const decoded = new Map<string, Decoded>();
  const warnings = new Map<string, MacroWarning[]>();
  const synthetic: string[] = [];
  const keys: string[] = [];
  for (const [field, raw] of values) {
    const key = valueKey(field, raw);
    if (decoded.has(key)) continue;
    decoded.set(key, FAILED);
    synthetic.push(`@misc{folio-fast-${keys.length},\n  ${field} = {${raw}}\n}\n`);
    keys.push(key);
  }
  if (keys.length === 0) return { decoded, warnings };

  const troubled = new Set<string>();
  const macros = new Map<string, MacroWarning[]>();
  const library = parse([...preambles, ...synthetic].join("\n"), {
    ...PARSER_OPTIONS,
    // Called instead of the parser's own "unhandled ..." warning; returns what the parser would keep.
    unsupported: (node, tex, entry) => {
      if (!entry) return tex; // in a @preamble: the full parse reports it
      if (node.type === "macro") macros.set(entry.key, [...(macros.get(entry.key) ?? []), { name: node.content, tex }]);
      else troubled.add(entry.key);
      return tex;
    },
  });
  for (const error of library.errors) {
    const key = WARNING_KEY.exec(error.error)?.[1];
    if (key) troubled.add(key);
    else if (!error.input?.startsWith("@misc{folio-fast-")) return { decoded, warnings }; // all FAILED
  }
  for (const entry of library.entries) {
    const index = /^folio-fast-(\d+)$/.exec(entry.key)?.[1];
    if (index === undefined || troubled.has(entry.key)) continue;
    const key = keys[Number(index)];
    const field = key?.slice(0, key.indexOf("\u0000"));
    if (!key || field === undefined) continue;
    decoded.set(key, (entry.fields as Record<string, FieldValue>)[field]);
    const noted = macros.get(entry.key);
    if (noted) warnings.set(key, noted);
  }
  return { decoded, warnings };
}
