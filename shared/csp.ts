/**
 * The renderer's Content-Security-Policy, written once. The page carries it in a meta tag (the Vite
 * build writes it into index.html); the loopback server and the packaged app's `app://` protocol send
 * it as a header too, with the directives a meta tag cannot carry.
 */

/** What the page allows: its own scripts, styles and API, images also as data: URLs; nothing else. */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join("; ");

/** The header form: `frame-ancestors` is ignored (with a console error) when given in a meta tag. */
export const HEADER_CSP = `${PAGE_CSP}; frame-ancestors 'none'`;

/** The placeholder renderer/index.html holds where its meta tag's policy goes. */
export const PAGE_CSP_PLACEHOLDER = "__FOLIO_CSP__";

/** index.html with its policy filled in; refuses a page without the placeholder rather than ship one without CSP. */
export function withPageCsp(html: string): string {
  if (!html.includes(PAGE_CSP_PLACEHOLDER)) {
    throw new Error(`index.html has no ${PAGE_CSP_PLACEHOLDER} placeholder for its Content-Security-Policy`);
  }
  return html.replaceAll(PAGE_CSP_PLACEHOLDER, PAGE_CSP);
}
