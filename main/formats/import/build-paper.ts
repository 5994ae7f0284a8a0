/** One place that turns the fields a parser found into a `ParsedPaper`: trimmed, empties omitted, links set. */
import type { ParsedPaper } from "../../../shared/model/paper";
import { collapse, collectLinks, httpUrl } from "./text";

export interface RawPaper {
  title?: string | undefined;
  abstract?: string | undefined;
  authors?: string[] | undefined;
  year?: number | undefined;
  venue?: string | undefined;
  doi?: string | undefined;
  arxivId?: string | undefined;
  url?: string | undefined;
  note?: string | undefined;
  keywords?: string[] | undefined;
  key?: string | undefined;
}

export function buildPaper(raw: RawPaper): ParsedPaper {
  const abstract = (raw.abstract ?? "").trim();
  const url = httpUrl(raw.url);
  const paper: ParsedPaper = {
    title: collapse(raw.title ?? ""),
    abstract,
    links: collectLinks(abstract, url),
    authors: (raw.authors ?? []).map(collapse).filter((a) => a !== ""),
  };
  if (raw.year !== undefined) paper.year = raw.year;
  const venue = collapse(raw.venue ?? "");
  if (venue) paper.venue = venue;
  if (raw.doi) paper.doi = raw.doi;
  if (raw.arxivId) paper.arxivId = raw.arxivId;
  if (url) paper.url = url;
  const note = (raw.note ?? "").trim();
  if (note) paper.note = note;
  const keywords = (raw.keywords ?? []).map(collapse).filter((k) => k !== "");
  if (keywords.length > 0) paper.keywords = keywords;
  const key = raw.key?.trim();
  if (key) paper.key = key;
  return paper;
}
