/**
 * Node's file-system errors (EROFS, EACCES, EISDIR, ...) as one sentence that names the path and says
 * what to do, for the errors met while opening a library. The errno code, syscall and path are kept,
 * so callers can still tell a folder that cannot be written from one that cannot be read.
 */
import { statSync } from "node:fs";
import { dirname } from "node:path";

export type FsError = NodeJS.ErrnoException & { code: string; syscall: string };

export function isFsError(err: unknown): err is FsError {
  const e = err as NodeJS.ErrnoException | undefined;
  return err instanceof Error && typeof e?.code === "string" && typeof e.syscall === "string";
}

/** Codes that mean "this may not be written here" (root ignores mode bits, not a read-only mount). */
const NOT_WRITABLE = new Set(["EROFS", "EACCES", "EPERM"]);

export function isNotWritable(err: unknown): err is FsError {
  return isFsError(err) && NOT_WRITABLE.has(err.code);
}

/** `readFile` on a folder fails without a path: name the file the caller was reading. */
export function withPath(err: unknown, path: string): unknown {
  if (isFsError(err) && err.path === undefined) err.path = path;
  return err;
}

/** An fs error whose message is the sentence; `code`, `syscall` and `path` are the original's. */
export class FileAccessError extends Error {
  override name = "FileAccessError";
  readonly code: string;
  readonly syscall: string;
  readonly path: string | undefined;
  constructor(err: FsError) {
    super(describeFsError(err), { cause: err });
    this.code = err.code;
    this.syscall = err.syscall;
    this.path = err.path;
  }
}

/** An fs error becomes a FileAccessError (once); anything else is returned as it is. */
export function explainFsError(err: unknown): unknown {
  return isFsError(err) && !(err instanceof FileAccessError) ? new FileAccessError(err) : err;
}

const VERBS: Record<string, string> = {
  mkdir: "create",
  open: "open",
  read: "read",
  write: "write",
  rename: "rename",
  unlink: "remove",
  copyfile: "copy",
  scandir: "list",
  fsync: "save",
  fdatasync: "save",
};

/** The part of `path` that is a file where a folder should be (why ENOTDIR was raised), if found. */
function fileOnTheWay(path: string): string | undefined {
  const ancestors: string[] = [];
  for (let p = dirname(path); p !== dirname(p); p = dirname(p)) ancestors.unshift(p);
  try {
    // From the root down, so each stat is of a path whose parents are all folders.
    for (const p of ancestors) {
      const kind = statSync(p, { throwIfNoEntry: false });
      if (!kind) return undefined;
      if (!kind.isDirectory()) return p;
    }
  } catch (err) {
    // A folder on the way that may not be looked into: the sentence then names no file.
    if (!isFsError(err)) throw err;
  }
  return undefined;
}

/** One sentence: what went wrong with which path, then what to do about it. */
export function describeFsError(err: FsError): string {
  const path = err.path ?? "a file of the library";
  const verb = VERBS[err.syscall.toLowerCase()] ?? "use";
  switch (err.code) {
    case "EROFS":
      return `${path} cannot be written because it is on a read-only file system: copy the library to a writable folder, or remount it read-write.`;
    case "EACCES":
    case "EPERM":
      return `Folio is not allowed to ${verb} ${path} (permission denied): give your user access to it, or use another library folder.`;
    case "EISDIR":
      return `${path} is a folder where Folio expects a file: move or rename that folder, then open the library again.`;
    case "ENOTDIR": {
      const file = err.path ? fileOnTheWay(err.path) : undefined;
      return file
        ? `${path} cannot be used because ${file} is a file, not a folder: choose another library folder, or move that file away.`
        : `${path} cannot be used because a part of its path is a file, not a folder: choose another library folder.`;
    }
    case "EEXIST":
      return err.syscall === "mkdir"
        ? `${path} is a file, not a folder: choose a folder for the library.`
        : `${path} already exists, so Folio cannot ${verb} it: move it away, then try again.`;
    case "ENOSPC":
    case "EDQUOT":
      return `There is no space left to ${verb} ${path}: free some disk space, then try again.`;
    case "EMFILE":
    case "ENFILE":
      return `Too many files are open to ${verb} ${path}: close some programs, then try again.`;
    case "ENAMETOOLONG":
      return `The path ${path} is too long: choose a library folder with a shorter path.`;
    case "ELOOP":
      return `${path} leads to a loop of symbolic links: fix the links, or choose another library folder.`;
    case "EIO":
      return `The disk reported an error when Folio tried to ${verb} ${path}: check the disk, then try again.`;
    default:
      return `Folio could not ${verb} ${path} (${err.code}: ${err.message}).`;
  }
}
