/**
 * BibTeX export, re-importable by import/bibtex.ts.
 *
 *   toBibtex(items: ExportItem[]): string
 *   citationKeys(papers: Paper[]): string[]     the key of each paper, in order
 *
 * Keys are <first author's last name><year><first title word>, ASCII-folded and lower-cased
 * ("abadi2016tensorflow"); repeats get a, b, c… in paper-id order, so a key depends only on the
 * selection, not on its order. Papers with a venue are @article (journal = venue), others @misc.
 * Fields: author, title, year, journal, doi, eprint + archiveprefix (arXiv), url, abstract, keywords
 * (the tags), annote (the note). Text is LaTeX-escaped (& % $ # _ { } ~ ^ \ < >); non-ASCII stays UTF-8,
 * as the header comment says. Tags go into `keywords` verbatim, so "," ";" braces and backslashes in a
 * tag are replaced by spaces (a keyword list cannot hold them).
 */
import type { Paper } from "../../../shared/model/paper";
import { escapeLatex, escapeLatexBlock, verbatimValue } from "./latex";
import type { ExportItem } from "./types";

export const BIBTEX_HEADER =
  "% Exported by Folio. Encoding: UTF-8 — non-ASCII characters are written as-is, not as LaTeX\n" +
  "% escapes; use biber/biblatex, or BibTeX with a UTF-8 aware setup.\n";

const SKIP_WORDS = new Set(["a", "an", "the", "on", "of", "in", "for", "and", "to"]);

function ascii(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[ßæœøłđ]/gi, (c) => ({ ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d" })[c.toLowerCase()] ?? "")
    .replace(/[^A-Za-z0-9]/g, "")
    .toLowerCase();
}

function lastName(author: string): string {
  const words = author.trim().split(/\s+/);
  return words[words.length - 1] ?? "";
}

function baseKey(paper: Paper): string {
  const author = ascii(lastName(paper.authors[0] ?? "")) || "anon";
  const words = paper.title.split(/[\s\-–—:/]+/).map(ascii);
  const word = words.find((w, i) => w !== "" && !(i < words.length - 1 && SKIP_WORDS.has(w))) ?? "";
  return `${author}${paper.year ?? ""}${word || "paper"}`;
}

function suffix(n: number): string {
  let out = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}

export function citationKeys(papers: Paper[]): string[] {
  const order = papers.map((_, i) => i).sort((a, b) => (papers[a]?.id ?? "").localeCompare(papers[b]?.id ?? ""));
  const keys: string[] = new Array(papers.length).fill("");
  const taken = new Set<string>();
  for (const i of order) {
    const paper = papers[i];
    const base = paper ? baseKey(paper) : "paper";
    let key = base;
    for (let n = 1; taken.has(key); n++) key = `${base}${suffix(n)}`;
    taken.add(key);
    keys[i] = key;
  }
  return keys;
}

/** "Martín Abadi" -> "Abadi, Martín"; names holding a comma or " and " are braced as one literal name. */
function bibName(author: string): string {
  const name = author.replace(/\s+/g, " ").trim();
  if (/,|\band\b/i.test(name)) return `{${escapeLatex(name)}}`;
  const space = name.lastIndexOf(" ");
  if (space === -1) return escapeLatex(name);
  return `${escapeLatex(name.slice(space + 1))}, ${escapeLatex(name.slice(0, space))}`;
}

function cleanKeyword(tag: string): string {
  return tag
    .replace(/[,;{}\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function entry({ paper, state }: ExportItem, key: string): string {
  const fields: [string, string][] = [];
  const add = (name: string, value: string | undefined) => {
    if (value) fields.push([name, value]);
  };
  add("author", paper.authors.map(bibName).filter(Boolean).join(" and "));
  add("title", escapeLatex(paper.title));
  add("year", paper.year?.toString());
  add("journal", paper.venue ? escapeLatex(paper.venue) : undefined);
  add("doi", paper.doi ? verbatimValue(paper.doi) : undefined);
  if (paper.arxivId) {
    add("eprint", verbatimValue(paper.arxivId));
    add("archiveprefix", "arXiv");
  }
  add("url", paper.url ? verbatimValue(paper.url) : undefined);
  add("abstract", escapeLatexBlock(paper.abstract));
  add("keywords", state.tags.map(cleanKeyword).filter(Boolean).join(", "));
  add("annote", escapeLatexBlock(state.note));
  const type = paper.venue ? "article" : "misc";
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(",\n");
  return `@${type}{${key},\n${body}\n}\n`;
}

export function toBibtex(items: ExportItem[]): string {
  const keys = citationKeys(items.map((i) => i.paper));
  return [BIBTEX_HEADER, ...items.map((item, i) => entry(item, keys[i] ?? `paper${i + 1}`))].join("\n");
}
