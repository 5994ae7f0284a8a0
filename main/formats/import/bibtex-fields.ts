/**
 * From the fields `@retorquere/bibtex-parser` returns (LaTeX already decoded to Unicode, with a little
 * HTML-like markup such as <i>, <sup>, <p>) to the plain text Folio stores.
 *
 * Literal "<" and ">" in the source are swapped for private-use placeholders before parsing
 * (`protectAngles`), so every "<...>" left after parsing is the parser's own markup and can be dropped
 * without eating text the author wrote; the placeholders are turned back afterwards.
 */
import type { Creator, Entry } from "@retorquere/bibtex-parser";
import type { RawPaper } from "./build-paper";
import { cleanArxivId, cleanDoi, collapse, collapseSpaceRuns, findArxivId, findYear } from "./text";

const LT = "\uE000";
const GT = "\uE001";

/** Hide literal angle brackets (and \textless / \textgreater) from the parser's markup. */
export function protectAngles(text: string): string {
  // Most files have none: four quick searches skip the regex pass over the whole file.
  const any = text.includes("<") || text.includes(">") || text.includes("\\textless") || text.includes("\\textgreater");
  return any ? text.replace(ANGLES, (angle) => (angle === "<" || angle.startsWith("\\textless") ? LT : GT)) : text;
}
const ANGLES = /[<>]|\\textless(?:\{\})?|\\textgreater(?:\{\})?/g;

function finish(text: string): string {
  let out = text.includes("<") ? text.replace(/<[^<>]*>/g, "") : text;
  if (out.includes(LT)) out = out.replaceAll(LT, "<");
  if (out.includes(GT)) out = out.replaceAll(GT, ">");
  if (DOTLESS.test(out)) out = out.replace(/[ıȷ](?=[\u0300-\u036f])/g, (c) => (c === "ı" ? "i" : "j"));
  return NON_ASCII.test(out) ? out.normalize("NFC") : out;
}
const DOTLESS = /[ıȷ]/;
const NON_ASCII = /[\u0080-\uffff]/;

/** A verbatim field (url, doi, eprint): no markup to drop, only the angle-bracket placeholders to undo. */
export function verbatim(value: string | undefined): string | undefined {
  return value?.replaceAll(LT, "<").replaceAll(GT, ">").trim();
}

/** A one-line field (title, journal, name part): markup dropped, whitespace collapsed. */
export function plain(value: string | undefined): string {
  if (value === undefined) return "";
  return PRINTABLE_ASCII.test(value) ? collapseSpaceRuns(value) : plainByRule(value);
}

/** `plain` without the ASCII shortcut (a test holds the two equal). */
export function plainByRule(value: string): string {
  return collapse(finish(value));
}

/**
 * Printable ASCII without "<" or ">": no markup, no placeholders, nothing to normalize, no white space
 * but " ". One pass says so for most values, which then need only their spaces collapsed.
 */
const PRINTABLE_ASCII = /^[\x20-\x3b\x3d\x3f-\x7e]*$/;

/** A multi-line field (abstract, annote): paragraphs and line breaks kept, other markup dropped. */
export function rich(value: string | undefined): string {
  if (value === undefined) return "";
  return PRINTABLE_ASCII.test(value) ? collapseSpaceRuns(value) : richByRule(value);
}

/** `rich` without the ASCII shortcut (a test holds the two equal). */
export function richByRule(value: string): string {
  // One line without markup: the same as below, in fewer passes.
  if (!value.includes("<") && !value.includes("\n")) return collapse(finish(value));
  const marked = value
    .replace(/<\/?p>/gi, "\n\n")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<li>/gi, "\n- ");
  return finish(marked)
    .split("\n")
    .map((line) => collapse(line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** "Martín Abadi", "Jan van der Berg", or the literal name of an organisation. */
export function formatName(creator: Creator): string {
  if (creator.name) return plain(creator.name);
  return plain([creator.firstName, creator.prefix, creator.lastName, creator.suffix].filter(Boolean).join(" "));
}

/** Keywords are verbatim in the parser; undo the common LaTeX escapes and drop grouping braces. */
export function keyword(value: string): string {
  // Printable ASCII without a backslash, brace or angle bracket (most keywords) has nothing to undo.
  return PLAIN_KEYWORD.test(value) ? value : keywordByRule(value);
}
const PLAIN_KEYWORD = /^[\x20-\x3b\x3d\x3f-\x5b\x5d-\x7a\x7c\x7e]*$/;

/** `keyword` without the shortcut (a test holds the two equal). */
export function keywordByRule(value: string): string {
  return finish(value.replace(/\\([_&%#$])/g, "$1").replace(/[{}]/g, ""));
}

function joinTitle(title: string, subtitle: string): string {
  if (!subtitle) return title;
  return /[:.?!]$/.test(title) ? `${title} ${subtitle}` : `${title}: ${subtitle}`;
}

function arxivOf(fields: Entry["fields"]): string | undefined {
  const archive = `${fields.eprinttype ?? ""} ${fields.archiveprefix ?? ""}`;
  const eprint = verbatim(fields.eprint);
  if (eprint && /arxiv/i.test(archive)) return cleanArxivId(eprint) ?? eprint;
  if (eprint && !fields.eprinttype && !fields.archiveprefix) {
    const id = cleanArxivId(eprint);
    if (id) return id;
  }
  return findArxivId(verbatim(fields.url), fields.journal, fields.journaltitle, verbatim(fields.doi), fields.note);
}

/**
 * Every field `entryFields` reads (of an entry, or of its crossref parent). The fast path
 * (bibtex-fast-path.ts) decodes only these; a test checks that `entryFields` reads nothing else.
 */
export const READ_FIELDS: ReadonlySet<string> = new Set([
  "title",
  "subtitle",
  "abstract",
  "abstractnote",
  "author",
  "editor",
  "year",
  "date",
  "journaltitle",
  "journal",
  "booktitle",
  "eventtitle",
  "doi",
  "eprint",
  "eprinttype",
  "archiveprefix",
  "url",
  "note",
  "annote",
  "annotation",
  "keywords",
  "crossref",
]);

/** The Folio fields of one parsed entry. `parent` is its crossref target, for fields the parser leaves out. */
export function entryFields(entry: Entry, parent?: Entry): RawPaper {
  const f = entry.fields;
  const year = findYear(f.year) ?? findYear(f.date) ?? findYear(parent?.fields.year) ?? findYear(parent?.fields.date);
  const creators = f.author ?? f.editor ?? [];
  return {
    title: joinTitle(plain(f.title), plain(f.subtitle)),
    abstract: rich(f.abstract ?? f.abstractnote),
    authors: creators.map(formatName),
    year,
    venue: plain(f.journaltitle ?? f.journal ?? f.booktitle ?? f.eventtitle ?? parent?.fields.title),
    doi: cleanDoi(verbatim(f.doi)),
    arxivId: arxivOf(f),
    url: verbatim(f.url),
    note: rich(f.annote ?? f.annotation),
    keywords: (f.keywords ?? []).map(keyword),
    key: verbatim(entry.key),
  };
}
