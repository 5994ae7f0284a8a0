/**
 * Maps a request path to a file inside the static root, or refuses it. Pure (no file access) so it can
 * be tested on a table of malicious paths; the caller still checks the real path after symlinks.
 */
import { isAbsolute, resolve, sep, win32 } from "node:path";

/**
 * `rawPath` is the request target as received (e.g. `/assets/app.js?x=1`). Returns the absolute file
 * path to serve, or undefined when the path is malformed or would leave `root`.
 */
export function resolveStaticPath(root: string, rawPath: string): string | undefined {
  const pathname = rawPath.split(/[?#]/, 1)[0] ?? "";
  if (!pathname.startsWith("/")) return undefined;
  // Reject encoded backslashes/NULs too: they are checked after decoding.
  if (pathname.includes("\\")) return undefined;

  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined; // malformed percent-encoding: refuse rather than guess
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return undefined;

  let relative = decoded.slice(1);
  if (relative === "" || relative.endsWith("/")) relative += "index.html";
  if (isAbsolute(relative) || win32.isAbsolute(relative) || /^[a-z]:/i.test(relative)) return undefined;

  const segments = relative.split("/");
  // Empty segments (`a//b`), `.`/`..`, and hidden files (`.env`, `.git`) are never part of the build.
  if (segments.some((s) => s === "" || s.startsWith("."))) return undefined;

  const base = resolve(root);
  const full = resolve(base, ...segments);
  return isInside(base, full) ? full : undefined;
}

/** True when `child` is `parent` itself or below it (both absolute and normalized). */
export function isInside(parent: string, child: string): boolean {
  return child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
}
