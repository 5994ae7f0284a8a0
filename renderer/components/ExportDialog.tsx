/**
 * The export dialog: a format and which papers (the whole library, the list's current filter, or the
 * selection). Electron asks where to save with the native dialog; the browser downloads the file (a
 * markdown folder as a .zip).
 */
import { useId, useState } from "react";
import type { ExportFormat } from "../../shared/api/format-labels";
import { folio } from "../api/bridge";
import { errorMessage } from "../lib/autosave";
import { saveDownload } from "../lib/browser-download";
import { toDownload } from "../lib/download";
import type { ListQuery } from "../lib/list-query";
import { countPapersLabel, EXPORT_CHOICES, type ExportScope, exportArg } from "../lib/transfer";
import { useSlow } from "../state/useTransfer";
import { Modal } from "./Modal";
import { TransferError, type TransferProblem, TransferProgress } from "./TransferStatus";

export interface ExportContext {
  /** The list's query: what "Current filter" exports. */
  query: ListQuery;
  filtered: boolean;
  /** Papers in the current filter, and in the library, when known. */
  filteredTotal: number | undefined;
  libraryTotal: number | undefined;
  /** The selected papers (the shown one when nothing else is selected). */
  selectedIds: readonly string[];
}

interface ExportDialogProps extends ExportContext {
  onClose(): void;
  onExported(message: string): void;
}

interface ScopeChoice {
  scope: ExportScope;
  label: string;
  count: number | undefined;
  disabled: boolean;
  /** Said instead of a count when the choice does not apply. */
  note?: string;
}

function scopeChoices(ctx: ExportContext): ScopeChoice[] {
  const selected = ctx.selectedIds.length;
  return [
    { scope: "all", label: "Whole library", count: ctx.libraryTotal, disabled: ctx.libraryTotal === 0 },
    {
      scope: "query",
      label: "Current filter",
      count: ctx.filtered ? ctx.filteredTotal : undefined,
      disabled: !ctx.filtered || ctx.filteredTotal === 0,
      ...(ctx.filtered ? {} : { note: "no search or filter is set" }),
    },
    {
      scope: "ids",
      label: selected === 1 ? "Selected paper" : "Selected papers",
      count: selected === 0 ? undefined : selected,
      disabled: selected === 0,
      ...(selected === 0 ? { note: "none selected" } : {}),
    },
  ];
}

export function ExportDialog({ onClose, onExported, ...ctx }: ExportDialogProps) {
  const ids = useId();
  const [format, setFormat] = useState<ExportFormat>("markdown");
  const [bom, setBom] = useState(false);
  const scopes = scopeChoices(ctx);
  const [scope, setScope] = useState<ExportScope>(ctx.selectedIds.length > 1 ? "ids" : "all");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<TransferProblem>();
  const slow = useSlow(busy);
  const chosen = scopes.find((s) => s.scope === scope);
  const cannot = !chosen || chosen.disabled;

  const run = async () => {
    const arg = exportArg(format, scope, { query: ctx.query, ids: ctx.selectedIds, bom });
    setBusy(true);
    setError(undefined);
    try {
      if (folio.shell) {
        const saved = await folio.shell.saveExport(arg);
        if (saved.path === null) return; // cancelled in the save dialog: the choices stay as they were
        onExported(`Exported ${countPapersLabel(saved.papers)} to ${saved.path}`);
      } else {
        const result = await folio.exportLibrary(arg);
        const download = toDownload(result);
        saveDownload(download);
        onExported(`Exported ${countPapersLabel(result.papers)} to ${download.filename}`);
      }
    } catch (err) {
      setError({ message: errorMessage(err), details: [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Export" onClose={() => !busy && onClose()} className="modal-transfer modal-export">
      <div className="export-body">
        <fieldset className="export-group">
          <legend className="export-legend">Format</legend>
          {EXPORT_CHOICES.map((c) => (
            <div key={c.format} className="export-choice">
              <label className="export-option">
                <input
                  type="radio"
                  name={`${ids}-format`}
                  value={c.format}
                  checked={format === c.format}
                  onChange={() => setFormat(c.format)}
                />
                <span className="export-option-text">
                  <span className="export-option-label">{c.label}</span>
                  <span className="export-option-desc">
                    {c.description}
                    {c.format === "markdown-folder" && !folio.shell ? " (downloads as a .zip)" : ""}
                  </span>
                </span>
              </label>
              {c.format === "csv" && format === "csv" && (
                <label className="transfer-check export-bom">
                  <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} />
                  Excel (UTF-8 BOM)
                </label>
              )}
            </div>
          ))}
        </fieldset>
        <fieldset className="export-group">
          <legend className="export-legend">Papers</legend>
          {scopes.map((s) => (
            <label key={s.scope} className={`export-option export-scope${s.disabled ? " is-disabled" : ""}`}>
              <input
                type="radio"
                name={`${ids}-scope`}
                value={s.scope}
                checked={scope === s.scope}
                disabled={s.disabled}
                onChange={() => setScope(s.scope)}
              />
              <span className="export-option-label">{s.label}</span>
              <span className="export-scope-count">
                {s.note ?? (s.count === undefined ? "" : countPapersLabel(s.count))}
              </span>
            </label>
          ))}
        </fieldset>
      </div>
      {slow && <TransferProgress label="Exporting…" />}
      {error && <TransferError problem={error} />}
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="button button-primary" onClick={() => void run()} disabled={busy || cannot}>
          {folio.shell ? "Export…" : "Export"}
        </button>
      </div>
    </Modal>
  );
}
