/**
 * The fixed set of queries the bench replays: what a person types into the search box, keystroke by
 * keystroke ("t", "tr", "tra", ...), plus whole queries with syntax, structured filters, sorts and pages.
 */
import type { MethodArg } from "../shared/api/schemas";

export type BenchQuery = MethodArg<"query">;

const TYPED = [
  "transformer",
  "point cloud",
  "anomaly detection",
  "diffusion models",
  "segmentation",
  "reinforcement learning",
  "contrastive",
  "knowledge distillation",
  "neural radiance",
  "benchmark",
];

const WHOLE = [
  "attention",
  "normal estimation",
  '"point clouds"',
  '"state of the art"',
  "transformr",
  "difusion",
  "segmentaton",
  "image -video",
  "tag:method/transformers",
  "tag:method",
  "tag:area/vision attention",
  "-tag:to-read model",
  "status:unread learning",
  "status:read tag:survey",
  "priority:high",
  "priority:>low tag:area",
  "is:starred",
  "has:note compare",
  "has:note",
  "added:>2025-06-01 model",
  "added:2025-03",
  "added:<2024-06-01 tag:venue/cvpr",
  "language model reasoning",
  "robot",
  "efficient inference",
  "zero-shot",
  "3d reconstruction",
  "video generation",
  "graph neural",
  "self-supervised representation",
];

const SORTS: BenchQuery["sort"][] = [
  { key: "relevance", dir: "desc" },
  { key: "title", dir: "asc" },
  { key: "added", dir: "desc" },
  { key: "changed", dir: "desc" },
  { key: "status", dir: "asc" },
  { key: "priority", dir: "desc" },
];

function q(text: string, extra: Partial<BenchQuery> = {}): BenchQuery {
  return {
    text,
    tags: [],
    tagMode: "any",
    sort: text ? { key: "relevance", dir: "desc" } : { key: "added", dir: "asc" },
    offset: 0,
    limit: 100,
    ...extra,
  };
}

/** 200+ queries, always the same ones in the same order. */
export function benchQueries(): BenchQuery[] {
  const out: BenchQuery[] = [];
  for (const phrase of TYPED) {
    for (let i = 1; i <= phrase.length; i++) out.push(q(phrase.slice(0, i)));
  }
  WHOLE.forEach((text, i) => {
    out.push(q(text, { sort: SORTS[i % SORTS.length] as BenchQuery["sort"] }));
  });
  for (const sort of SORTS) {
    out.push(q("", { sort }));
    out.push(q("", { sort, offset: 5000, limit: 100 }));
    out.push(q("", { sort, status: "reading" }));
    out.push(q("learning", { sort, tags: ["area/vision", "method"], tagMode: "any" }));
    out.push(q("", { sort, tags: ["area", "to-read"], tagMode: "all" }));
  }
  return out;
}

/** The free text of each query alone, for comparing search libraries. */
export function benchTexts(): string[] {
  return benchQueries()
    .map((x) =>
      x.text
        .replace(/\b[a-z]+:\S+/g, "")
        .replace(/["-]/g, " ")
        .trim(),
    )
    .filter(Boolean);
}
