/**
 * Which file of the built renderer a request path names, and how to send it: shared by the loopback
 * server (static-files.ts) and the packaged app's `app://` protocol, so both refuse the same paths.
 */
import { realpath, stat } from "node:fs/promises";
import { basename } from "node:path";
import { contentTypeOf } from "./content-types";
import { isInside, resolveStaticPath } from "./path-guard";

export interface StaticFile {
  /** The real path, inside the root after symlinks. */
  path: string;
  size: number;
  contentType: string;
  cacheControl: string;
}

/** The real path of a regular file inside `realRoot`, or undefined (missing, a folder, or a symlink out). */
async function servableFile(realRoot: string, candidate: string): Promise<{ path: string; size: number } | undefined> {
  try {
    const real = await realpath(candidate);
    if (!isInside(realRoot, real)) return undefined;
    const info = await stat(real);
    return info.isFile() ? { path: real, size: info.size } : undefined;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw err;
  }
}

/**
 * `requestPath` is the path as requested (`/assets/app.js?v=1`); `realRoot` the renderer dir after
 * realpath. Undefined means "answer 404".
 */
export async function findStaticFile(realRoot: string, requestPath: string): Promise<StaticFile | undefined> {
  const candidate = resolveStaticPath(realRoot, requestPath);
  const file = candidate && (await servableFile(realRoot, candidate));
  if (!file) return undefined;
  return {
    ...file,
    contentType: contentTypeOf(file.path),
    // The page is never cached, so a new build's asset names are picked up; assets are revalidated.
    cacheControl: basename(file.path) === "index.html" ? "no-store" : "no-cache",
  };
}
