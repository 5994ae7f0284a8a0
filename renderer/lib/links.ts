/**
 * URL guards for everything the renderer turns into a link: the abstract's links and the Markdown note.
 * Only http(s) open in the browser, plus mailto: and in-page fragments in notes; everything else
 * (javascript:, data:, file:, protocol-relative, relative paths) is dropped.
 */

// C0 controls, space, DEL: browsers strip or ignore these inside schemes ("java\tscript:").
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f]/;

function parseAbsolute(url: string): URL | undefined {
  if (url === "" || CONTROL_OR_SPACE.test(url)) return undefined;
  if (!URL.canParse(url)) return undefined;
  return new URL(url);
}

/** The URL itself if it is an absolute http(s) URL with a host, else undefined. */
export function safeWebUrl(url: string): string | undefined {
  // Exactly "scheme://host...": no "http:///x" or "http:\\x" that the URL parser would quietly repair.
  if (!/^https?:\/\/[^/\\]/i.test(url.trim())) return undefined;
  const parsed = parseAbsolute(url.trim());
  if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) return undefined;
  if (parsed.hostname === "" || parsed.username !== "" || parsed.password !== "") return undefined;
  return url.trim();
}

/** A fragment reference such as "#user-content-fn-1" (GFM footnotes). */
export function isFragment(url: string): boolean {
  return /^#[^\s#]*$/.test(url);
}

/** react-markdown's `urlTransform`: keep http(s), mailto: and fragments; drop everything else. */
export function noteUrlTransform(url: string): string | undefined {
  const trimmed = url.trim();
  if (isFragment(trimmed)) return trimmed;
  const web = safeWebUrl(trimmed);
  if (web) return web;
  const parsed = parseAbsolute(trimmed);
  if (parsed?.protocol === "mailto:" && parsed.pathname !== "") return trimmed;
  return undefined;
}

export type TextSegment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

/**
 * Split `text` so the first occurrence of each safe link becomes a link segment. The links come from
 * the core (already extracted from this text); links not found in the text are returned in `extra`.
 */
export function linkify(text: string, links: readonly string[]): { segments: TextSegment[]; extra: string[] } {
  const safe = [...new Set(links.map(safeWebUrl).filter((l): l is string => l !== undefined))];
  const found: { at: number; href: string }[] = [];
  const extra: string[] = [];
  // Longest first, so "https://a.org/x/y" is not cut short by "https://a.org/x".
  for (const href of [...safe].sort((a, b) => b.length - a.length)) {
    let at = text.indexOf(href);
    while (at >= 0 && found.some((f) => at < f.at + f.href.length && f.at < at + href.length)) {
      at = text.indexOf(href, at + 1);
    }
    if (at >= 0) found.push({ at, href });
    else extra.push(href);
  }
  found.sort((a, b) => a.at - b.at);
  const segments: TextSegment[] = [];
  let pos = 0;
  for (const { at, href } of found) {
    if (at > pos) segments.push({ kind: "text", text: text.slice(pos, at) });
    segments.push({ kind: "link", text: href, href });
    pos = at + href.length;
  }
  if (pos < text.length) segments.push({ kind: "text", text: text.slice(pos) });
  return { segments, extra: safe.filter((l) => extra.includes(l)) };
}
