/** Tag input helpers: autocomplete matching and turning typed text into new tags. */
import type { TagCount } from "../../shared/api/contract";
import { LIMITS } from "../../shared/api/schemas";

const key = (tag: string): string => tag.toLocaleLowerCase();

/**
 * Existing tags matching what the user typed, best first: prefix matches, then matches at a word
 * start, then anywhere; more used tags first within each group. Tags the paper already has are left out.
 */
export function suggestTags(all: readonly TagCount[], typed: string, current: readonly string[], limit = 8): string[] {
  const q = key(typed.trim());
  if (q === "") return [];
  const have = new Set(current.map(key));
  const rank = (name: string): number => {
    const k = key(name);
    if (k.startsWith(q)) return 0;
    if (new RegExp(`[^\\p{L}\\p{N}]${escapeRegExp(q)}`, "u").test(k)) return 1;
    return k.includes(q) ? 2 : -1;
  };
  return all
    .filter((t) => !have.has(key(t.name)))
    .map((t) => ({ t, r: rank(t.name) }))
    .filter(({ r }) => r >= 0)
    .sort((a, b) => a.r - b.r || b.t.count - a.t.count || a.t.name.localeCompare(b.t.name))
    .slice(0, limit)
    .map(({ t }) => t.name);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export interface ParsedTags {
  /** Tags to add, trimmed, case-insensitively unique and not already on the paper. */
  tags: string[];
  /** Problems with some of the typed parts (too long, control characters). */
  errors: string[];
}

/** Split typed text on commas into tags to add; `current` are the paper's tags. */
export function parseTagInput(text: string, current: readonly string[]): ParsedTags {
  const seen = new Set(current.map(key));
  const tags: string[] = [];
  const errors: string[] = [];
  for (const part of text.split(",")) {
    const tag = part.trim();
    if (tag === "") continue;
    if (tag.length > LIMITS.tagLength) {
      errors.push(`A tag is at most ${LIMITS.tagLength} characters`);
      continue;
    }
    if (/\p{Cc}/u.test(tag)) {
      errors.push("A tag cannot contain control characters");
      continue;
    }
    if (seen.has(key(tag))) continue;
    seen.add(key(tag));
    tags.push(tag);
  }
  return { tags, errors };
}

/** When the user types a comma: the finished tags before the last comma, and the text still being typed. */
export function splitAtLastComma(value: string): { done: string; rest: string } {
  const at = value.lastIndexOf(",");
  return at < 0 ? { done: "", rest: value } : { done: value.slice(0, at), rest: value.slice(at + 1) };
}

/**
 * Move the highlighted suggestion by `delta` among `count` suggestions; -1 is "none" (the typed text),
 * and moving past either end wraps through it.
 */
export function moveActive(active: number, delta: number, count: number): number {
  if (count <= 0) return -1;
  const slots = count + 1;
  return ((((active + 1 + delta) % slots) + slots) % slots) - 1;
}
