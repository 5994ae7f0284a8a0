/**
 * Which URLs the app hands to the operating system (`shell.openExternal`). The OS opens whatever
 * handler is registered for a scheme, so anything but a plain web address is refused: a link in a note
 * or an abstract must never launch `file:`, `ms-msdt:`, `smb:` or a custom protocol handler.
 */

const MAX_URL_LENGTH = 2048;

/** Control, format (bidi overrides, zero-width) and separator characters, plus any whitespace. */
const INVISIBLE_OR_SPACE = /[\p{Cc}\p{Cf}\p{Z}\s]/u;

/** The scheme and the two slashes, spelled out: no `https:evil`, `http:/\evil` or `//evil`. */
const WEB_PREFIX = /^https?:\/\//i;

export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== "string" || url.length === 0 || url.length > MAX_URL_LENGTH) return false;
  if (INVISIBLE_OR_SPACE.test(url) || url.includes("\\")) return false;
  if (!WEB_PREFIX.test(url)) return false;

  // The authority as written: other URL parsers (the OS's, the browser's) must see the same host.
  const rest = url.slice(url.indexOf("//") + 2);
  const authority = rest.split(/[/?#]/, 1)[0] ?? "";
  if (authority === "" || authority.includes("@")) return false;

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false; // Not parseable (a bad port, a bad host): not a URL we open.
  }
  return (
    (parsed.protocol === "http:" || parsed.protocol === "https:") &&
    parsed.hostname !== "" &&
    parsed.username === "" &&
    parsed.password === ""
  );
}
