import { describe, expect, it } from "vitest";
import { hasText, type ParsedQuery, parseQuery } from "../../../shared/search/query-syntax";

const day = (iso: string) => Date.parse(`${iso}T00:00:00.000Z`);

type Case = [text: string, expected: Partial<ParsedQuery>];

const CASES: Case[] = [
  ["", { words: [], prefix: false, terms: [] }],
  ["   ", { words: [], prefix: false }],
  // One letter is matched as a word, not a prefix (MIN_PREFIX_LENGTH); two letters start prefixing.
  ["t", { words: ["t"], prefix: false, terms: ["t"] }],
  ["tr", { words: ["tr"], prefix: true, terms: ["tr"] }],
  ["transformer ", { words: ["transformer"], prefix: false }],
  ["Point Cloud", { words: ["point", "cloud"], prefix: true }],
  ["Café résumé", { words: ["cafe", "resume"] }],
  ["zero-shot", { words: ["zero", "shot"], prefix: true }],
  ['"point clouds"', { words: [], phrases: [["point", "clouds"]], prefix: false, terms: ["point", "clouds"] }],
  ['"point clouds', { phrases: [["point", "clouds"]], prefix: false }],
  ['"single"', { words: ["single"], prefix: false }],
  ["model -video", { words: ["model"], excludeWords: ["video"], prefix: false }],
  ['-"deep learning" nets', { excludePhrases: [["deep", "learning"]], words: ["nets"], prefix: true }],
  ["tag:method", { tags: ["method"], words: [], prefix: false }],
  ["tag:Method/Transformers/", { tags: ["method/transformers"] }],
  ['tag:"to read" x', { tags: ["to read"], words: ["x"] }],
  ["-tag:survey", { excludeTags: ["survey"] }],
  ["status:unread", { statuses: ["unread"] }],
  ["is:reading", { statuses: ["reading"] }],
  ["-status:read", { statuses: ["unread", "reading"] }],
  ["status:read status:unread", { statuses: [] }],
  ["priority:high", { priorities: ["high"] }],
  ["priority:>low", { priorities: ["medium", "high"] }],
  ["priority:<=low", { priorities: ["none", "low"] }],
  ["-priority:none", { priorities: ["low", "medium", "high"] }],
  ["is:starred", { starred: true }],
  ["-is:starred", { starred: false }],
  ["has:note", { hasNote: true }],
  ["-has:note has:highlight", { hasNote: false, hasHighlight: true }],
  ["added:>2026-01-01", { addedFrom: day("2026-01-02") }],
  ["added:>=2026-01-01", { addedFrom: day("2026-01-01") }],
  ["added:<2026-01-01", { addedBefore: day("2026-01-01") }],
  ["added:<=2026-01-01", { addedBefore: day("2026-01-02") }],
  ["added:2026-01-15", { addedFrom: day("2026-01-15"), addedBefore: day("2026-01-16") }],
  ["added:2026-01", { addedFrom: day("2026-01-01"), addedBefore: day("2026-02-01") }],
  ["added:2025", { addedFrom: day("2025-01-01"), addedBefore: day("2026-01-01") }],
  ["added:>2025-12 added:<2026-03", { addedFrom: day("2026-01-01"), addedBefore: day("2026-03-01") }],
  // Unknown keys and bad values are plain text.
  ["foo:bar", { words: ["foo", "bar"], prefix: false }],
  ["status:done", { words: ["status", "done"], statuses: undefined }],
  ["added:2026-02-30", { words: ["added", "2026", "02", "30"], addedFrom: undefined }],
  ["priority:urgent", { words: ["priority", "urgent"], priorities: undefined }],
  ["-foo:bar", { excludePhrases: [["foo", "bar"]] }],
  // Duplicates collapse, the word being typed stays last.
  ["tran x tran", { words: ["x", "tran"], prefix: true }],
  ["model model ", { words: ["model"], prefix: false }],
  ["-", { words: [], excludeWords: [] }],
  ["tag:", { words: ["tag"] }],
  [
    'attention "state of the art" tag:area/nlp -tag:to-read status:unread is:starred diffusi',
    {
      words: ["attention", "diffusi"],
      prefix: true,
      phrases: [["state", "of", "the", "art"]],
      tags: ["area/nlp"],
      excludeTags: ["to-read"],
      statuses: ["unread"],
      starred: true,
      terms: ["attention", "diffusi", "state", "of", "the", "art"],
    },
  ],
];

describe("parseQuery", () => {
  it.each(CASES)("%j", (text, expected) => {
    const parsed = parseQuery(text);
    for (const [key, value] of Object.entries(expected)) {
      expect(parsed[key as keyof ParsedQuery], key).toEqual(value);
    }
  });

  it("tells text queries from filter-only queries", () => {
    expect(hasText(parseQuery("tag:x status:read"))).toBe(false);
    expect(hasText(parseQuery('"a b"'))).toBe(true);
    expect(hasText(parseQuery("-word"))).toBe(false);
  });
});
