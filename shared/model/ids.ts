/**
 * Paper identity: arXiv id or DOI when known, else a stable hash of the normalized title, so
 * re-importing the same page never duplicates papers and never loses notes.
 */

/** Lower-case, strip accents, punctuation and whitespace runs: "Model Soups: A..." -> "model soups a". */
export function normalizeTitle(title: string): string {
  // ASCII titles (most) skip the Unicode work: NFKD leaves them alone and \p{L}\p{N} is [a-z0-9] there.
  if (ASCII.test(title))
    return title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return normalizeTitleByRule(title);
}

/** The rule itself, for any title (normalizeTitle's ASCII shortcut is checked against it). */
export function normalizeTitleByRule(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const ASCII = /^[^\u0080-\uffff]*$/;

/** cyrb53: a fast, well-distributed 53-bit string hash; pure JS so shared/ stays runtime-neutral. */
export function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, "0");
}

/** Strip the version suffix: 2301.01234v2 -> 2301.01234. */
export function normalizeArxivId(id: string): string {
  return id
    .trim()
    .replace(/^arxiv:/i, "")
    .replace(/v\d+$/i, "")
    .toLowerCase();
}

export function normalizeDoi(doi: string): string {
  return doi
    .trim()
    .replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:)/i, "")
    .toLowerCase();
}

export function paperId(p: { title: string; doi?: string; arxivId?: string }): string {
  if (p.arxivId) return `arxiv:${normalizeArxivId(p.arxivId)}`;
  if (p.doi) return `doi:${normalizeDoi(p.doi)}`;
  return `t:${hash53(normalizeTitle(p.title))}`;
}
