/**
 * The Electron-only methods of `shared/api/shell.ts`: native open and save dialogs around the core's
 * import and export. The page never sees a path it did not pick, and never touches a file: main reads
 * the chosen import file and writes the export. Arguments are validated like the contract's.
 */
import { extname } from "node:path";
import type { BrowserWindow, Dialog, FileFilter, OpenDialogOptions, SaveDialogOptions } from "electron";
import type { ExportResult, FolioHandlers } from "../../shared/api/contract";
import { type Envelope, FolioError } from "../../shared/api/errors";
import { EXPORT_FORMAT_LABELS } from "../../shared/api/format-labels";
import { type FolioShellHandlers, shellSchemas } from "../../shared/api/shell";
import { call, dispatchWith } from "../core/dispatch";
import { readImportFile } from "../transfer/read-import-file";
import { createFreshFolder, isFolderFormat, writeExport } from "../transfer/write-export";

export interface ShellDeps {
  dialog: Pick<Dialog, "showOpenDialog" | "showSaveDialog">;
  /** The window the dialogs belong to (modal to it), if there is one. */
  window(): BrowserWindow | undefined;
  library: { handlers: FolioHandlers };
}

/** The extensions Folio's import formats usually have (the content decides the format, not these). */
const IMPORT_FILTERS: FileFilter[] = [
  {
    name: "BibTeX, RIS, CSL-JSON, Zotero CSV, arXiv Atom, Folio backup",
    extensions: ["bib", "bibtex", "biblatex", "ris", "json", "csv", "xml", "atom", "txt", "md"],
  },
  { name: "All files", extensions: ["*"] },
];

function saveFilters(result: ExportResult): FileFilter[] {
  const ext = extname(result.suggestedName).slice(1);
  const name = EXPORT_FORMAT_LABELS[result.format];
  return [...(ext ? [{ name, extensions: [ext] }] : []), { name: "All files", extensions: ["*"] }];
}

export function shellHandlers(deps: ShellDeps): FolioShellHandlers {
  const open = (options: OpenDialogOptions) => {
    const win = deps.window();
    return win ? deps.dialog.showOpenDialog(win, options) : deps.dialog.showOpenDialog(options);
  };
  const save = (options: SaveDialogOptions) => {
    const win = deps.window();
    return win ? deps.dialog.showSaveDialog(win, options) : deps.dialog.showSaveDialog(options);
  };

  return {
    async openImportFile() {
      const picked = await open({ title: "Import into Folio", properties: ["openFile"], filters: IMPORT_FILTERS });
      const path = picked.filePaths[0];
      if (picked.canceled || !path) return null;
      return readImportFile(path);
    },

    async saveExport(arg) {
      const result = await call(deps.library.handlers, "exportLibrary", arg);
      const papers = result.papers;
      if (isFolderFormat(result.format)) {
        const picked = await open({
          title: `Choose where to create the folder "${result.suggestedName}"`,
          buttonLabel: "Export here",
          properties: ["openDirectory", "createDirectory"],
        });
        const parent = picked.filePaths[0];
        if (picked.canceled || !parent) return { path: null, papers };
        const folder = await written(parent, async () => {
          const created = await createFreshFolder(parent, result.suggestedName);
          await writeExport(created, result, { force: false });
          return created;
        });
        return { path: folder, papers };
      }
      const picked = await save({
        title: `Export ${EXPORT_FORMAT_LABELS[result.format]}`,
        defaultPath: result.suggestedName,
        filters: saveFilters(result),
      });
      if (picked.canceled || !picked.filePath) return { path: null, papers };
      // The dialog asked before replacing the name the user typed; a name we complete with the
      // extension was never confirmed, so that one must not exist yet.
      const typed = picked.filePath;
      const ext = extname(result.suggestedName);
      const path = extname(typed) === "" && ext ? `${typed}${ext}` : typed;
      await written(path, () => writeExport(path, result, { force: path === typed }));
      return { path, papers };
    },
  };
}

/** A failed write as a message about the place, e.g. `Could not write to "/x": permission denied`. */
async function written<T>(place: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (err instanceof FolioError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "EACCES" || code === "EPERM" ? "permission denied" : (err as Error).message;
    throw new FolioError("INTERNAL", `Could not write to "${place}": ${why}`);
  }
}

/** Like the contract's `dispatch`, for the shell methods: validate, run, wrap in an envelope. */
export function dispatchShell(handlers: FolioShellHandlers, method: string, arg: unknown): Promise<Envelope<unknown>> {
  return dispatchWith(shellSchemas, handlers, method, arg);
}
