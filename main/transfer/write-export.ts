/**
 * Writing an export to disk, for the CLI and the Electron shell. A single-file format becomes one file
 * (written beside its target and renamed over it, so a failed write never leaves half a file); the
 * markdown folder becomes one file per paper inside a folder, every path checked to stay inside it.
 */
import { lstat, mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import type { ExportResult } from "../../shared/api/contract";
import { FolioError } from "../../shared/api/errors";
import type { EXPORT_FORMATS } from "../../shared/api/schemas";

type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface TargetOptions {
  /** Replace an existing file, or write into a folder that is not empty. */
  force: boolean;
  /** The option that sets `force`, named in the refusals (the CLI's "--force"). */
  forceFlag?: string;
}

/** Formats written as a folder of files rather than one file. */
export function isFolderFormat(format: ExportFormat): boolean {
  return format === "markdown-folder";
}

function refused(message: string): FolioError {
  return new FolioError("INVALID_ARGUMENT", message);
}

async function kindOf(path: string): Promise<"missing" | "file" | "folder" | "other"> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return "folder";
    return info.isFile() ? "file" : "other";
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw err;
  }
}

/** Fails (before any export work) when the target cannot or may not be written. */
export async function checkTarget(out: string, format: ExportFormat, opts: TargetOptions): Promise<void> {
  const kind = await kindOf(out);
  const hint = (what: string) => (opts.forceFlag ? `; add ${opts.forceFlag} to ${what}` : "");
  if (isFolderFormat(format)) {
    if (kind === "missing") return;
    if (kind !== "folder") throw refused(`"${out}" exists and is not a folder`);
    if (!opts.force && (await readdir(out)).length > 0)
      throw refused(`the folder "${out}" is not empty${hint("write into it anyway")}`);
    return;
  }
  if (kind === "missing") return;
  if (kind === "folder") throw refused(`"${out}" is a folder; give the name of the file to write`);
  if (kind !== "file") throw refused(`"${out}" is not a regular file`);
  if (!opts.force) throw refused(`"${out}" already exists${hint("replace it")}`);
}

/** Writes the export to `out` (a file, or a folder for markdown-folder); checks the target first. */
export async function writeExport(out: string, result: ExportResult, opts: TargetOptions): Promise<void> {
  await checkTarget(out, result.format, opts);
  if (isFolderFormat(result.format)) {
    await writeFolder(out, result.files, opts.force);
    return;
  }
  const file = result.files[0];
  if (!file || result.files.length !== 1) throw new FolioError("INTERNAL", `a ${result.format} export is one file`);
  await writeFileReplacing(out, file.content);
}

async function writeFolder(folder: string, files: ExportResult["files"], force: boolean): Promise<void> {
  const root = resolve(folder);
  await mkdir(root, { recursive: true });
  for (const file of files) {
    const dest = resolve(root, file.path);
    const rel = relative(root, dest);
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) {
      throw new FolioError("INTERNAL", `refusing to write "${file.path}" outside the export folder`);
    }
    await mkdir(dirname(dest), { recursive: true });
    await writeFile(dest, file.content, { encoding: "utf8", flag: force ? "w" : "wx" });
  }
}

async function writeFileReplacing(path: string, content: string): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  // A link to a file is written through (renaming over it would replace the link with a copy).
  const link = await lstat(path).then(
    (info) => info.isSymbolicLink(),
    () => false, // no such file yet: a plain new file
  );
  if (link) {
    await writeFile(path, content, "utf8");
    return;
  }
  const temp = `${path}.folio-${process.pid}-${Date.now()}.tmp`;
  try {
    await writeFile(temp, content, { encoding: "utf8", flag: "wx" });
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** A new, empty folder named `name` inside `parent` ("name (2)", "name (3)"… when taken). */
export async function createFreshFolder(parent: string, name: string): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const path = join(parent, n === 1 ? name : `${name} (${n})`);
    try {
      await mkdir(path);
      return path;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
  }
  throw refused(`could not create a new folder named "${name}" in "${parent}"`);
}
