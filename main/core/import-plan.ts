/**
 * What an import will do, decided before anything is written. Pure: no I/O, no clock, its input unchanged.
 *
 *   indexPapers(items: Iterable<{ paper: Paper; state: PaperState }>): ExistingIndex
 *   planImport(existing: ExistingIndex, parsed: ParsedPaper[], opts: { keywordsAsTags: boolean }): ImportPlan
 *   planImportSteps(...the same): the same plan, pausing (yield) after every STEP entries
 *   mergeNotes(existing: string, addition: string): string
 *   cleanTag(keyword: string): string
 *
 * A parsed paper is a duplicate of an existing paper, or of an earlier entry of the same file, when it
 * has the same arXiv id (versions ignored); else the same DOI, unless their arXiv ids differ; else the
 * same normalized title, unless their arXiv ids or DOIs differ. Identifiers are looked up across the
 * library and the file, each owned by one paper. A duplicate never overwrites anything: it fills fields that are empty (`fill`; an identifier
 * only if no other paper has it), adds tags the paper lacks (`addTags`) and, when its note says
 * something new, appends it (`appendNote`, joined with `mergeNotes`). Entries without a title are
 * skipped, and so are duplicates that bring nothing new. Applying a plan (merges in place, additions at
 * the end, as the library does) and planning the same file again gives nothing to add or merge.
 */
import { LIMITS } from "../../shared/api/schemas";
import { normalizeArxivId, normalizeDoi, normalizeTitle } from "../../shared/model/ids";
import type { Paper, ParsedPaper } from "../../shared/model/paper";
import type { PaperState } from "../../shared/model/user-state";
import { collapse } from "../formats/import/text";
import { runSteps } from "./steps";

export interface ExistingEntry {
  paper: Paper;
  state: PaperState;
}

/** The library by normalized arXiv id, DOI and title; the first paper wins where several share a key. */
export interface ExistingIndex {
  entries: readonly ExistingEntry[];
  byArxiv: ReadonlyMap<string, ExistingEntry>;
  byDoi: ReadonlyMap<string, ExistingEntry>;
  byTitle: ReadonlyMap<string, ExistingEntry>;
}

export interface PlannedAdd {
  paper: ParsedPaper;
  /** Tags for the new paper (the file's keywords when `keywordsAsTags`). */
  tags: string[];
  /** The note for the new paper ("" when none). */
  note: string;
}

export interface PlannedMerge {
  /** The existing paper's id. */
  id: string;
  /** Only fields that are empty on the existing paper. */
  fill: Partial<Paper>;
  /** Tags the paper does not have yet (case-insensitively). */
  addTags: string[];
  /** Note text to append under a separator (see `mergeNotes`); absent when there is nothing new. */
  appendNote?: string;
}

export interface PlannedSkip {
  /** Index of the entry in the parsed list. */
  index: number;
  title: string;
  reason: string;
}

export interface ImportPlan {
  added: PlannedAdd[];
  merged: PlannedMerge[];
  skipped: PlannedSkip[];
}

export const NOTE_SEPARATOR = "\n\n---\n\n";

/** The existing note with `addition` appended under a separator; `addition` alone when the note is empty. */
export function mergeNotes(existing: string, addition: string): string {
  const add = addition.trim();
  if (add === "" || existing.includes(add)) return existing;
  return existing.trim() === "" ? add : `${existing.replace(/\s+$/, "")}${NOTE_SEPARATOR}${add}`;
}

/** A tag as the API accepts it (trimmed, no control characters, at most 100 characters), or "". */
export function cleanTag(keyword: string): string {
  // Most keywords are already clean: skip the Unicode passes (an import runs this for every keyword).
  if (keyword.length <= LIMITS.tagLength && CLEAN_TAG.test(keyword)) return keyword;
  const tag = keyword
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return [...tag].slice(0, LIMITS.tagLength).join("").trim();
}

/** Printable ASCII words separated by single spaces, no space at either end. */
const CLEAN_TAG = /^[!-~]+(?: [!-~]+)*$/;

interface Keys {
  arxiv?: string | undefined;
  doi?: string | undefined;
  title: string;
}

function keysOf(p: { title: string; doi?: string | undefined; arxivId?: string | undefined }): Keys {
  return { title: normalizeTitle(p.title), ...idKeysOf(p) };
}

/** The identifier keys alone (no title to normalize). */
function idKeysOf(p: { doi?: string | undefined; arxivId?: string | undefined }): Omit<Keys, "title"> {
  return {
    arxiv: p.arxivId ? normalizeArxivId(p.arxivId) : undefined,
    doi: p.doi ? normalizeDoi(p.doi) : undefined,
  };
}

export function indexPapers(items: Iterable<ExistingEntry>): ExistingIndex {
  const entries = [...items];
  const byArxiv = new Map<string, ExistingEntry>();
  const byDoi = new Map<string, ExistingEntry>();
  const byTitle = new Map<string, ExistingEntry>();
  for (const entry of entries) {
    const keys = keysOf(entry.paper);
    if (keys.arxiv && !byArxiv.has(keys.arxiv)) byArxiv.set(keys.arxiv, entry);
    if (keys.doi && !byDoi.has(keys.doi)) byDoi.set(keys.doi, entry);
    if (keys.title && !byTitle.has(keys.title)) byTitle.set(keys.title, entry);
  }
  return { entries, byArxiv, byDoi, byTitle };
}

/** Where an entry goes: an existing paper (gathering a merge) or a paper this import adds. */
type Target =
  | { kind: "existing"; entry: ExistingEntry; merge: PlannedMerge; entries: number[] }
  | { kind: "new"; add: PlannedAdd; index: number };

function current(target: Target): Partial<Paper> {
  return target.kind === "new" ? target.add.paper : { ...target.entry.paper, ...target.merge.fill };
}

function uniqueTags(tags: string[], have: Iterable<string> = []): string[] {
  const seen = new Set([...have].map((t) => t.toLocaleLowerCase()));
  const out: string[] = [];
  for (const tag of tags) {
    const key = tag.toLocaleLowerCase();
    if (tag !== "" && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

const FILLABLE = ["abstract", "links", "authors", "year", "venue", "doi", "arxivId", "url"] as const;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

export function planImport(
  existing: ExistingIndex,
  parsed: ParsedPaper[],
  opts: { keywordsAsTags: boolean },
): ImportPlan {
  return runSteps(planImportSteps(existing, parsed, opts));
}

/** Entries planned between two pauses of `planImportSteps` (a few ms of work). */
export const STEP = 500;

/** `planImport` in steps, so a caller can let other work run between them (10k entries take 0.1-0.5 s). */
export function* planImportSteps(
  existing: ExistingIndex,
  parsed: ParsedPaper[],
  opts: { keywordsAsTags: boolean },
): Generator<void, ImportPlan, void> {
  const targets = new Map<ExistingEntry, Target>();
  const existingTarget = (entry: ExistingEntry): Target => {
    const known = targets.get(entry);
    if (known) return known;
    const made: Target = { kind: "existing", entry, merge: { id: entry.paper.id, fill: {}, addTags: [] }, entries: [] };
    targets.set(entry, made);
    return made;
  };
  // Identifier -> the one paper that has it, in the library or in this import; grows as papers are added or filled.
  const byArxiv = new Map<string, Target>();
  const byDoi = new Map<string, Target>();
  for (const [key, entry] of existing.byArxiv) byArxiv.set(key, existingTarget(entry));
  for (const [key, entry] of existing.byDoi) byDoi.set(key, existingTarget(entry));
  const newByTitle = new Map<string, Target>();
  const added: PlannedAdd[] = [];
  const skipped: PlannedSkip[] = [];

  const claim = (target: Target) => {
    const keys = idKeysOf(current(target));
    if (keys.arxiv && !byArxiv.has(keys.arxiv)) byArxiv.set(keys.arxiv, target);
    if (keys.doi && !byDoi.has(keys.doi)) byDoi.set(keys.doi, target);
  };
  /** Whether the identifiers of `keys` and `target` disagree, on the arXiv id only or also on the DOI. */
  const disagree = (keys: Keys, target: Target, withDoi: boolean): boolean => {
    const other = idKeysOf(current(target));
    const differ = (a?: string, b?: string) => a !== undefined && b !== undefined && a !== b;
    return differ(keys.arxiv, other.arxiv) || (withDoi && differ(keys.doi, other.doi));
  };
  /** Fields of `incoming` the target lacks; an identifier only when no other paper has it. */
  const gaps = (target: Target, incoming: ParsedPaper): Partial<Paper> => {
    const have = current(target);
    const keys = idKeysOf(incoming);
    const fill: Partial<Paper> = {};
    for (const field of FILLABLE) {
      const value = incoming[field];
      if (!isEmpty(have[field]) || isEmpty(value)) continue;
      if (field === "arxivId" && keys.arxiv && byArxiv.has(keys.arxiv)) continue;
      if (field === "doi" && keys.doi && byDoi.has(keys.doi)) continue;
      Object.assign(fill, { [field]: value });
    }
    return fill;
  };

  for (const [index, raw] of parsed.entries()) {
    if (index > 0 && index % STEP === 0) yield;
    const title = collapse(raw.title);
    if (title === "") {
      skipped.push({ index, title: "", reason: "No title" });
      continue;
    }
    // Parsers hand titles over collapsed already: no copy then (`raw` itself is never changed below).
    const incoming: ParsedPaper = title === raw.title ? raw : { ...raw, title };
    const keys = keysOf(incoming);
    const note = (incoming.note ?? "").trim();
    const tags = opts.keywordsAsTags ? uniqueTags((incoming.keywords ?? []).map(cleanTag)) : [];

    // The same arXiv id is the same paper; a DOI must not contradict the arXiv id; a title must not contradict either.
    const oldByTitle = existing.byTitle.get(keys.title);
    const byId = keys.arxiv ? byArxiv.get(keys.arxiv) : undefined;
    const byDoiId = keys.doi ? byDoi.get(keys.doi) : undefined;
    const titled = [oldByTitle ? existingTarget(oldByTitle) : undefined, newByTitle.get(keys.title)];
    const target =
      byId ??
      (byDoiId && !disagree(keys, byDoiId, false) ? byDoiId : undefined) ??
      titled.find((t): t is Target => t !== undefined && !disagree(keys, t, true));

    if (target?.kind === "existing") {
      const { merge, entry } = target;
      Object.assign(merge.fill, gaps(target, incoming));
      merge.addTags = uniqueTags([...merge.addTags, ...tags], entry.state.tags);
      const soFar = merge.appendNote ? mergeNotes(entry.state.note, merge.appendNote) : entry.state.note;
      if (note && !soFar.includes(note)) {
        merge.appendNote = merge.appendNote ? `${merge.appendNote}${NOTE_SEPARATOR}${note}` : note;
      }
      target.entries.push(index);
      claim(target);
    } else if (target?.kind === "new") {
      const { add } = target;
      const fill = gaps(target, incoming);
      if (Object.keys(fill).length > 0) add.paper = { ...add.paper, ...fill };
      add.tags = uniqueTags([...add.tags, ...tags]);
      add.note = mergeNotes(add.note, note);
      claim(target);
      skipped.push({ index, title, reason: `Duplicate of entry ${target.index + 1} in this file; merged into it` });
    } else {
      const made: Target = { kind: "new", add: { paper: incoming, tags, note }, index };
      added.push(made.add);
      if (keys.title && !newByTitle.has(keys.title)) newByTitle.set(keys.title, made);
      claim(made);
    }
  }

  const merged: { merge: PlannedMerge; first: number }[] = [];
  for (const target of targets.values()) {
    if (target.kind !== "existing" || target.entries.length === 0) continue;
    const { merge } = target;
    if (Object.keys(merge.fill).length > 0 || merge.addTags.length > 0 || merge.appendNote !== undefined) {
      merged.push({ merge, first: target.entries[0] ?? 0 });
      continue;
    }
    for (const index of target.entries) {
      const title = collapse(parsed[index]?.title ?? "");
      skipped.push({ index, title, reason: `Already in the library (${merge.id}); nothing new` });
    }
  }
  skipped.sort((a, b) => a.index - b.index);
  merged.sort((a, b) => a.first - b.first);
  return { added, merged: merged.map((m) => m.merge), skipped };
}
