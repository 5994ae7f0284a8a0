/**
 * Planning the import of a Folio JSON backup. Into an empty library it restores exactly what was
 * saved (ids, dates, states, tag colors, smart lists); into a library that has some of the papers it
 * merges without losing anything either side wrote.
 */

import { normalizeArxivId, normalizeDoi, normalizeTitle } from "../../shared/model/ids";
import type { Paper } from "../../shared/model/paper";
import { tagKey } from "../../shared/model/tags";
import { DEFAULT_PAPER_STATE, type PaperState } from "../../shared/model/user-state";
import type { FolioBackup } from "../formats/backup-schema";
import { type ExistingEntry, mergeNotes } from "./import-plan";
import { smartListSchema } from "./schema/files";
import type { Change } from "./store/library-store";

export interface BackupPlan {
  changes: Change[];
  added: string[];
  merged: string[];
  skipped: { title: string; reason: string }[];
}

const isDefault = (s: PaperState) =>
  s.status === DEFAULT_PAPER_STATE.status && s.priority === DEFAULT_PAPER_STATE.priority && !s.starred;

/** The library's state with the backup's merged in: union of tags and highlights, notes appended. */
export function mergeState(mine: PaperState, theirs: PaperState): PaperState {
  const tags = [...mine.tags];
  for (const t of theirs.tags) if (!tags.some((x) => tagKey(x) === tagKey(t))) tags.push(t);
  const highlights = [...mine.highlights];
  for (const h of theirs.highlights) if (!highlights.some((x) => x.id === h.id)) highlights.push(h);
  const base = isDefault(mine) ? { ...mine, ...pickReading(theirs) } : mine;
  return { ...base, tags, highlights, note: mergeNotes(mine.note, theirs.note) };
}

function pickReading(s: PaperState): Partial<PaperState> {
  const { status, statusChangedAt, readAt, priority, starred } = s;
  return { status, priority, starred, ...(statusChangedAt ? { statusChangedAt } : {}), ...(readAt ? { readAt } : {}) };
}

function fillPaper(mine: Paper, theirs: Paper): Paper | undefined {
  const filled: Paper = { ...mine };
  let changed = false;
  for (const key of ["abstract", "year", "venue", "doi", "arxivId", "url"] as const) {
    if ((mine[key] === undefined || mine[key] === "") && theirs[key] !== undefined && theirs[key] !== "") {
      Object.assign(filled, { [key]: theirs[key] });
      changed = true;
    }
  }
  if (mine.authors.length === 0 && theirs.authors.length > 0) {
    filled.authors = theirs.authors;
    changed = true;
  }
  return changed ? filled : undefined;
}

export function planBackup(
  backup: FolioBackup,
  existing: Iterable<ExistingEntry>,
  hasSmartList: (id: string) => boolean,
  hasTagMeta: (key: string) => boolean,
): BackupPlan {
  const byKey = new Map<string, ExistingEntry>();
  for (const e of existing) {
    byKey.set(`id:${e.paper.id}`, e);
    if (e.paper.doi) byKey.set(`doi:${normalizeDoi(e.paper.doi)}`, e);
    if (e.paper.arxivId) byKey.set(`arxiv:${normalizeArxivId(e.paper.arxivId)}`, e);
    byKey.set(`title:${normalizeTitle(e.paper.title)}`, e);
  }
  const plan: BackupPlan = { changes: [], added: [], merged: [], skipped: [] };
  for (const paper of backup.papers) {
    const state = Object.hasOwn(backup.states, paper.id)
      ? (backup.states[paper.id] as PaperState)
      : { ...DEFAULT_PAPER_STATE, tags: [], highlights: [] };
    const match =
      byKey.get(`id:${paper.id}`) ??
      (paper.doi ? byKey.get(`doi:${normalizeDoi(paper.doi)}`) : undefined) ??
      (paper.arxivId ? byKey.get(`arxiv:${normalizeArxivId(paper.arxivId)}`) : undefined) ??
      byKey.get(`title:${normalizeTitle(paper.title)}`);
    if (!match) {
      plan.changes.push({ k: "corpus", id: paper.id, v: { paper } }, { k: "papers", id: paper.id, v: state });
      plan.added.push(paper.title);
      byKey.set(`id:${paper.id}`, { paper, state });
      continue;
    }
    const filled = fillPaper(match.paper, paper);
    const merged = mergeState(match.state, state);
    if (!filled && JSON.stringify(merged) === JSON.stringify(match.state)) {
      plan.skipped.push({ title: paper.title, reason: "already in the library with the same notes and tags" });
      continue;
    }
    if (filled) plan.changes.push({ k: "corpus", id: match.paper.id, v: { paper: filled } });
    plan.changes.push({ k: "papers", id: match.paper.id, v: merged });
    plan.merged.push(paper.title);
  }
  for (const [name, meta] of Object.entries(backup.tags)) {
    const key = tagKey(name);
    if (!hasTagMeta(key)) plan.changes.push({ k: "tags", id: key, v: meta });
  }
  for (const raw of backup.savedSearches) {
    const id = typeof raw === "object" && raw && "id" in raw ? String((raw as { id: unknown }).id) : "";
    const list = smartListSchema.safeParse(raw);
    if (id && list.success && !hasSmartList(id)) plan.changes.push({ k: "smartLists", id, v: list.data });
  }
  return plan;
}
