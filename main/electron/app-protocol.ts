/**
 * The packaged app's page origin, `app://folio/`: a privileged scheme (standard, so the page has a real
 * origin and relative URLs; secure, so it is a secure context) that serves the built renderer and
 * nothing else. Chromium refuses Vite's module scripts from `file://` without the extra file privileges
 * the `grantFileProtocolExtraPrivileges` fuse turns off, and Electron's checklist prefers a custom
 * protocol anyway. Paths are guarded like the loopback server's (the same lookup), and every response
 * carries the same security headers, the Content-Security-Policy among them.
 */
import { readFile, realpath } from "node:fs/promises";
import type { Protocol } from "electron";
import { SECURITY_HEADERS } from "../server/responses";
import { findStaticFile } from "../server/static-lookup";

export const APP_SCHEME = "app";
export const APP_HOST = "folio";
/** The page the window loads, and the only one allowed to navigate or call IPC. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Must run before the app is ready (Electron refuses it later). */
export function registerAppScheme(protocol: Pick<Protocol, "registerSchemesAsPrivileged">): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Answers `app://folio/<path>` from `rendererDir` (dist/renderer); must run once the app is ready. */
export function serveAppProtocol(protocol: Pick<Protocol, "handle">, rendererDir: string): void {
  let realRoot: Promise<string> | undefined;
  protocol.handle(APP_SCHEME, (request) => {
    realRoot ??= realpath(rendererDir);
    return appResponse(request, realRoot);
  });
}

function textResponse(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: {
      ...SECURITY_HEADERS,
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      ...extra,
    },
  });
}

/** One request to the app scheme: a file of the built renderer, or 404 for anything else. */
export async function appResponse(request: Request, realRoot: Promise<string>): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return textResponse(405, "Method not allowed\n", { Allow: "GET, HEAD" });
  }
  const url = new URL(request.url); // a Request's URL always parses
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return textResponse(404, "Not found\n");
  try {
    const file = await findStaticFile(await realRoot, url.pathname);
    if (!file) return textResponse(404, "Not found\n");
    const body = request.method === "HEAD" ? null : await readFile(file.path);
    return new Response(body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, "Content-Type": file.contentType, "Cache-Control": file.cacheControl },
    });
  } catch (err) {
    console.error(`[folio] Could not serve ${request.url}:`, (err as Error).message);
    return textResponse(500, "Folio could not read its own files\n");
  }
}
