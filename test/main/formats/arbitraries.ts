/**
 * fast-check generators for papers and user state, with the text that breaks exporters: unicode,
 * LaTeX specials, quotes, formula-like cells, YAML-looking words.
 */
import fc from "fast-check";
import type { ExportItem } from "../../../main/formats/export/types";
import type { Paper } from "../../../shared/model/paper";
import { type PaperState, PRIORITIES, STATUSES } from "../../../shared/model/user-state";

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const EXTRA = [..."éüøßñÅŁçİı", "漢", "字", "🙂", "Ω", ..."&%$#_{}~^\\", ..."-'`,.!?:;()[]<>@\"/*|=+"];

/** One word: mostly letters, sometimes unicode or a special character. */
export const word = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...LETTERS) },
      { weight: 2, arbitrary: fc.constantFrom(...EXTRA) },
    ),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((chars) => chars.join("").normalize("NFC"));

/** Words joined by single spaces: titles and the like (exporters may collapse whitespace). */
export const phrase = (min = 1, max = 8) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(" "));

export const yamlish = fc.constantFrom("yes", "no", "null", "true", "~", "1e3", "2020", "- item", "key: value", "#tag");

export const title = fc.oneof({ weight: 5, arbitrary: phrase(1, 10) }, { weight: 1, arbitrary: yamlish });

export const authorName = fc.oneof(
  { weight: 5, arbitrary: phrase(1, 3) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("Martín Abadi", "Jan van der Berg", "Big Org, Inc.", "Bausch and Lomb", "Łukasz Kaiser"),
  },
);

/** Tags as the API allows them, without the characters a BibTeX keyword list cannot hold. */
export const tag = fc
  .array(fc.constantFrom(...LETTERS, ..."éü漢🙂-_ '&#."), { minLength: 1, maxLength: 12 })
  .map((c) => c.join("").replace(/\s+/g, " ").trim())
  .filter((t) => t !== "");

/** A Markdown-ish note: paragraphs of lines of words. */
export const note = fc
  .array(fc.array(phrase(1, 6), { minLength: 1, maxLength: 3 }), { minLength: 0, maxLength: 3 })
  .map((paras) => paras.map((lines) => lines.join("\n")).join("\n\n"));

const doi = fc
  .tuple(fc.integer({ min: 1000, max: 99999 }), fc.stringMatching(/^[a-z0-9](?:[a-z0-9._-]{0,10}[a-z0-9])?$/))
  .map(([r, s]) => `10.${r}/${s}`);
const arxivId = fc
  .tuple(fc.integer({ min: 1001, max: 2512 }), fc.integer({ min: 10000, max: 99999 }))
  .map(([a, b]) => `${a}.${b}`);
const url = fc.stringMatching(/^[a-z0-9/_.-]{0,20}$/).map((path) => `https://example.org/${path}`);
const iso = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) }).map((t) => new Date(t).toISOString());

export const paper: fc.Arbitrary<Paper> = fc.record(
  {
    id: fc.stringMatching(/^[a-z]{1,5}:[a-z0-9.]{1,12}$/),
    title,
    abstract: fc.oneof(fc.constant(""), phrase(0, 30)),
    links: fc.array(url, { maxLength: 3 }),
    authors: fc.array(authorName, { maxLength: 4 }),
    year: fc.integer({ min: 1900, max: 2030 }),
    venue: phrase(1, 5),
    doi,
    arxivId,
    url,
    source: fc.constantFrom("seed:trending-papers.txt", "bibtex:refs.bib"),
    addedAt: iso,
  },
  { requiredKeys: ["id", "title", "abstract", "links", "authors", "source", "addedAt"] },
);

export const highlight = fc.record({
  id: fc.uuid(),
  start: fc.nat({ max: 500 }),
  end: fc.nat({ max: 500 }),
  quote: phrase(1, 8),
  comment: fc.oneof(fc.constant(""), phrase(1, 8)),
  createdAt: iso,
});

export const state: fc.Arbitrary<PaperState> = fc.record(
  {
    status: fc.constantFrom(...STATUSES),
    statusChangedAt: iso,
    readAt: iso,
    priority: fc.constantFrom(...PRIORITIES),
    starred: fc.boolean(),
    tags: fc.uniqueArray(tag, { maxLength: 5, selector: (t) => t.toLocaleLowerCase() }),
    note,
    noteUpdatedAt: iso,
    highlights: fc.array(highlight, { maxLength: 3 }),
    updatedAt: iso,
  },
  { requiredKeys: ["status", "priority", "starred", "tags", "note", "highlights"] },
);

export const item: fc.Arbitrary<ExportItem> = fc.record({ paper, state });

/** Items with distinct paper ids. */
export const items = (max = 6) => fc.uniqueArray(item, { minLength: 1, maxLength: max, selector: (i) => i.paper.id });
