/** Turning parser output into stored papers: identity, source and the time it was added. */

import { paperId } from "../../shared/model/ids";
import type { Paper, ParsedPaper } from "../../shared/model/paper";

export function toPaper(parsed: ParsedPaper, source: string, addedAt: string): Paper {
  return {
    id: paperId(parsed),
    title: parsed.title,
    abstract: parsed.abstract,
    links: parsed.links,
    authors: parsed.authors,
    ...(parsed.year !== undefined ? { year: parsed.year } : {}),
    ...(parsed.venue ? { venue: parsed.venue } : {}),
    ...(parsed.doi ? { doi: parsed.doi } : {}),
    ...(parsed.arxivId ? { arxivId: parsed.arxivId } : {}),
    ...(parsed.url ? { url: parsed.url } : {}),
    source,
    addedAt,
  };
}
