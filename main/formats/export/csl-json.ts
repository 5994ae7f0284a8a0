/**
 * CSL-JSON export (for Zotero, Pandoc, citeproc).
 *
 *   toCslJson(items: ExportItem[]): string      a pretty-printed JSON array
 *   toCslItems(items: ExportItem[]): CslItem[]
 *
 * Each item: id (the Folio id), type "article-journal" when there is a venue, else "article"; title;
 * author [{family, given}] (a one-word name becomes {literal}); issued {date-parts: [[year]]};
 * container-title; DOI; URL (the arXiv page when only an arXiv id is known); abstract; note; keyword
 * (the tags, comma-separated).
 */
import type { ExportItem } from "./types";

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: "article" | "article-journal";
  title: string;
  author?: CslName[];
  issued?: { "date-parts": number[][] };
  "container-title"?: string;
  DOI?: string;
  URL?: string;
  abstract?: string;
  note?: string;
  keyword?: string;
}

function cslName(author: string): CslName {
  const name = author.replace(/\s+/g, " ").trim();
  const space = name.lastIndexOf(" ");
  if (space === -1 || name.includes(",")) return { literal: name };
  return { family: name.slice(space + 1), given: name.slice(0, space) };
}

export function toCslItems(items: ExportItem[]): CslItem[] {
  return items.map(({ paper, state }) => {
    const item: CslItem = { id: paper.id, type: paper.venue ? "article-journal" : "article", title: paper.title };
    if (paper.authors.length > 0) item.author = paper.authors.map(cslName);
    if (paper.year !== undefined) item.issued = { "date-parts": [[paper.year]] };
    if (paper.venue) item["container-title"] = paper.venue;
    if (paper.doi) item.DOI = paper.doi;
    const url = paper.url ?? (paper.arxivId ? `https://arxiv.org/abs/${paper.arxivId}` : undefined);
    if (url) item.URL = url;
    if (paper.abstract) item.abstract = paper.abstract;
    if (state.note) item.note = state.note;
    if (state.tags.length > 0) item.keyword = state.tags.join(", ");
    return item;
  });
}

export function toCslJson(items: ExportItem[]): string {
  return `${JSON.stringify(toCslItems(items), null, 2)}\n`;
}
