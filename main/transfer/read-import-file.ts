/**
 * Reading a file to import, for the CLI and the Electron shell: refuses what is not a readable text
 * file of at most 64 MB with a message a user can act on, and decodes it (shared/parsers/text-file.ts).
 */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { FolioError } from "../../shared/api/errors";
import { LIMITS } from "../../shared/api/schemas";
import type { OpenedImportFile } from "../../shared/api/shell";
import { binaryFileMessage, decodeText, tooLargeMessage } from "../../shared/parsers/text-file";

function unreadable(message: string): FolioError {
  return new FolioError("INVALID_ARGUMENT", message);
}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "there is no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return (err as Error).message;
}

export async function readImportFile(path: string): Promise<OpenedImportFile> {
  const filename = basename(path);
  const shown = `"${path}"`;
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw unreadable(`${shown} is a folder, not a file`);
    if (!info.isFile()) throw unreadable(`${shown} is not a regular file`);
    size = info.size;
  } catch (err) {
    if (err instanceof FolioError) throw err;
    throw unreadable(`cannot read ${shown}: ${reason(err)}`);
  }
  if (size > LIMITS.importBytes) throw unreadable(tooLargeMessage(path, size, LIMITS.importBytes));
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw unreadable(`cannot read ${shown}: ${reason(err)}`);
  }
  if (bytes.length === 0) throw unreadable(`${shown} is empty`);
  const text = decodeText(bytes);
  if (text === undefined) throw unreadable(binaryFileMessage(path));
  return { text, filename };
}
