/** A small in-memory source for the search engine: the bundled page's papers plus editable states. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { toPaper } from "../../../main/core/papers";
import type { SearchSource } from "../../../main/search/engine";
import type { Paper } from "../../../shared/model/paper";
import { DEFAULT_PAPER_STATE, type PaperState } from "../../../shared/model/user-state";
import { parseSeedPage } from "../../../shared/parsers/seed-page";

const SEED = fileURLToPath(new URL("../../../data/trending-papers.txt", import.meta.url));

export function seedPapers(): Paper[] {
  const { papers } = parseSeedPage(readFileSync(SEED, "utf8"));
  return papers.map((p, i) => toPaper(p, "seed:test", new Date(Date.UTC(2025, 0, 1 + i)).toISOString()));
}

export function blankState(): PaperState {
  return { ...DEFAULT_PAPER_STATE, tags: [], highlights: [] };
}

export class MemorySource implements SearchSource {
  readonly list: Paper[];
  readonly states = new Map<string, PaperState>();

  constructor(papers: Paper[]) {
    this.list = [...papers];
  }

  papers(): Iterable<Paper> {
    return this.list;
  }

  paper(id: string): Paper | undefined {
    return this.list.find((p) => p.id === id);
  }

  stateOf(id: string): PaperState {
    return this.states.get(id) ?? blankState();
  }

  clone(): MemorySource {
    const copy = new MemorySource(this.list);
    for (const [id, s] of this.states) copy.states.set(id, s);
    return copy;
  }
}

export function paper(id: string, title: string, abstract: string, addedAt = "2025-01-01T00:00:00.000Z"): Paper {
  return { id, title, abstract, links: [], authors: [], source: "test", addedAt };
}
