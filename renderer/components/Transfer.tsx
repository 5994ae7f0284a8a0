/**
 * Import and export in the window: the two buttons (placed in the sidebar), and the dialogs and the
 * drop zone (mounted once in App). After an import the undo toast offers to take it back.
 */
import type { ImportResult } from "../../shared/api/contract";
import { countPapersLabel } from "../lib/transfer";
import { useLibrary } from "../state/library";
import { useNotices } from "../state/notices";
import type { TransferApi } from "../state/useTransfer";
import { useUndo } from "../state/useUndo";
import { DropZone } from "./DropZone";
import { type ExportContext, ExportDialog } from "./ExportDialog";
import { ImportDialog } from "./ImportDialog";
import "../styles/transfer.css";
import "../styles/transfer-export.css";

export function TransferButtons({ transfer }: { transfer: TransferApi }) {
  return (
    <div className="transfer-buttons">
      <button type="button" className="button button-small" onClick={() => transfer.openImport()}>
        Import…
      </button>
      <button type="button" className="button button-small" onClick={transfer.openExport}>
        Export…
      </button>
    </div>
  );
}

/** "Imported 6 papers", "Imported 4 papers, merged 2", "Merged 3 papers". */
export function importedMessage(r: Pick<ImportResult, "added" | "merged">): string {
  if (r.added === 0) return `Merged ${countPapersLabel(r.merged)}`;
  return `Imported ${countPapersLabel(r.added)}${r.merged > 0 ? `, merged ${r.merged}` : ""}`;
}

interface TransferDialogsProps {
  transfer: TransferApi;
  exportContext: ExportContext;
}

export function TransferDialogs({ transfer, exportContext }: TransferDialogsProps) {
  const { offer } = useUndo();
  const { notify } = useNotices();
  const { refresh } = useLibrary();
  const { dialog, close, openImport } = transfer;

  const imported = (result: ImportResult) => {
    close();
    refresh();
    if (result.added + result.merged === 0) notify("info", "Nothing was imported: the file held nothing new.");
    else if (result.undoLabel) offer(importedMessage(result));
    else notify("info", importedMessage(result));
  };

  return (
    <>
      <DropZone onDrop={openImport} />
      {dialog?.kind === "import" && (
        <ImportDialog key={dialog.id} start={dialog.start} onClose={close} onImported={imported} />
      )}
      {dialog?.kind === "export" && (
        <ExportDialog
          key={dialog.id}
          {...exportContext}
          onClose={close}
          onExported={(message) => {
            close();
            notify("info", message);
          }}
        />
      )}
    </>
  );
}
