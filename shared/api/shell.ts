/**
 * The Electron-only contract: what the desktop shell adds to `window.folio` as `folio.shell`, the
 * native file dialogs. Written in the style of `schemas.ts` + `contract.ts` (one argument object per
 * method, validated in main) so the preload and main's registration loop derive from this map alone.
 * Browser mode has no `folio.shell`: the page reads files with <input type=file> and downloads exports.
 */
import { z } from "zod";
import { methodSchemas } from "./schemas";

export const shellSchemas = {
  /** A native open dialog for an import file; main reads it (at most 64 MB). Null when cancelled. */
  openImportFile: z.strictObject({}),
  /**
   * Run `exportLibrary` with this argument, ask where to save it (a folder picker for
   * markdown-folder, which gets a new folder inside the chosen one) and write the files there.
   */
  saveExport: methodSchemas.exportLibrary,
} as const;

export type ShellMethodName = keyof typeof shellSchemas;
export const SHELL_METHOD_NAMES = Object.keys(shellSchemas) as ShellMethodName[];

export type ShellInput<M extends ShellMethodName> = z.input<(typeof shellSchemas)[M]>;
export type ShellArg<M extends ShellMethodName> = z.output<(typeof shellSchemas)[M]>;

/** A file the user picked: its text (decoded in main) and its base name (for format detection). */
export interface OpenedImportFile {
  text: string;
  filename: string;
}

export interface SavedExport {
  /** The file or folder written; null when the user cancelled the dialog. */
  path: string | null;
  /** How many papers were exported. */
  papers: number;
}

export interface ShellResults {
  openImportFile: OpenedImportFile | null;
  saveExport: SavedExport;
}

/** What the renderer calls as `folio.shell`. */
export type FolioShellApi = {
  [M in ShellMethodName]: (arg: ShellInput<M>) => Promise<ShellResults[M]>;
};

/** What main implements: validated arguments with defaults filled in. */
export type FolioShellHandlers = {
  [M in ShellMethodName]: (arg: ShellArg<M>) => Promise<ShellResults[M]>;
};
