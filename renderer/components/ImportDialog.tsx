/**
 * The import dialog: choose a file (the native dialog in Electron, the browser's file input otherwise)
 * or paste text, then the preview (nothing written yet), then Import: one undoable step.
 */
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import type { ImportResult } from "../../shared/api/contract";
import { folio } from "../api/bridge";
import { errorMessage } from "../lib/autosave";
import { readImportFile } from "../lib/import-file";
import { IMPORT_ACCEPT, type ImportSource } from "../lib/transfer";
import { useImportPreview } from "../state/useImportPreview";
import { type ImportStart, useSlow } from "../state/useTransfer";
import { ImportPreviewView } from "./ImportPreviewView";
import { Modal } from "./Modal";
import { TransferError, TransferProgress } from "./TransferStatus";

interface ImportDialogProps {
  start: ImportStart;
  onClose(): void;
  onImported(result: ImportResult): void;
}

type Tab = "file" | "paste";
const TABS: readonly { id: Tab; label: string }[] = [
  { id: "file", label: "From a file" },
  { id: "paste", label: "Paste text" },
];

export function ImportDialog({ start, onClose, onImported }: ImportDialogProps) {
  const flow = useImportPreview(start.source);
  const slow = useSlow(flow.busy !== undefined);
  const [tab, setTab] = useState<Tab>("file");
  const [pasted, setPasted] = useState("");
  const { fail } = flow;

  useEffect(() => {
    if (start.error) fail(start.error);
  }, [start.error, fail]);

  const importing = flow.busy === "importing";
  const close = () => {
    // An import under way finishes either way; the dialog stays to show how it ended.
    if (!importing) onClose();
  };
  const commit = async () => {
    const result = await flow.commit();
    if (result) onImported(result);
  };
  const preview = flow.preview;
  const nothingToDo = preview !== undefined && preview.added + preview.merged === 0;

  return (
    <Modal title="Import" onClose={close} className="modal-transfer modal-import">
      {preview ? (
        <ImportPreviewView
          preview={preview}
          source={flow.source}
          keywordsAsTags={flow.keywordsAsTags}
          onKeywordsAsTags={flow.setKeywordsAsTags}
          busy={flow.busy !== undefined}
        />
      ) : (
        <SourceChooser
          tab={tab}
          onTab={setTab}
          pasted={pasted}
          onPasted={setPasted}
          onSource={flow.load}
          onError={flow.fail}
          busy={flow.busy !== undefined}
        />
      )}
      {slow && <TransferProgress label={importing ? "Importing…" : "Reading…"} />}
      {flow.error && <TransferError problem={flow.error} />}
      <div className="modal-actions">
        {preview && (
          <button type="button" className="button transfer-back" onClick={flow.back} disabled={importing}>
            Back
          </button>
        )}
        <button type="button" className="button" onClick={close} disabled={importing}>
          Cancel
        </button>
        {preview ? (
          <button
            type="button"
            className="button button-primary"
            onClick={() => void commit()}
            disabled={flow.busy !== undefined || nothingToDo}
          >
            Import
          </button>
        ) : (
          tab === "paste" && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => flow.load({ text: pasted })}
              disabled={flow.busy !== undefined || pasted.trim() === ""}
            >
              Preview
            </button>
          )
        )}
      </div>
    </Modal>
  );
}

interface SourceChooserProps {
  tab: Tab;
  onTab(tab: Tab): void;
  pasted: string;
  onPasted(text: string): void;
  onSource(source: ImportSource): void;
  onError(message: string): void;
  busy: boolean;
}

function SourceChooser({ tab, onTab, pasted, onPasted, onSource, onError, busy }: SourceChooserProps) {
  const ids = useId();
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>());
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
    e.preventDefault();
    const next = TABS[(TABS.findIndex((t) => t.id === tab) + 1) % TABS.length]?.id ?? "file";
    onTab(next);
    tabRefs.current.get(next)?.focus();
  };
  return (
    <>
      <div className="transfer-tabs" role="tablist" aria-label="Import from">
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) tabRefs.current.set(t.id, el);
            }}
            type="button"
            role="tab"
            id={`${ids}-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`${ids}-panel`}
            tabIndex={tab === t.id ? 0 : -1}
            className="transfer-tab"
            onClick={() => onTab(t.id)}
            onKeyDown={onTabKey}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="transfer-panel" role="tabpanel" id={`${ids}-panel`} aria-labelledby={`${ids}-tab-${tab}`}>
        {tab === "file" ? (
          <FilePanel onSource={onSource} onError={onError} busy={busy} />
        ) : (
          <div className="paste-panel">
            <label htmlFor={`${ids}-paste`} className="paste-label">
              Paste BibTeX, RIS, CSL-JSON or a Zotero CSV export
            </label>
            <textarea
              id={`${ids}-paste`}
              className="paste-text"
              rows={10}
              value={pasted}
              onChange={(e) => onPasted(e.target.value)}
              placeholder={"@article{vaswani2017,\n  title = {Attention Is All You Need},\n  …\n}"}
              spellCheck={false}
              autoComplete="off"
            />
          </div>
        )}
      </div>
    </>
  );
}

function FilePanel({ onSource, onError, busy }: Pick<SourceChooserProps, "onSource" | "onError" | "busy">) {
  const input = useRef<HTMLInputElement>(null);
  const choose = async () => {
    if (!folio.shell) {
      input.current?.click();
      return;
    }
    try {
      const picked = await folio.shell.openImportFile({});
      if (picked) onSource(picked);
    } catch (err) {
      onError(errorMessage(err));
    }
  };
  return (
    <div className="file-panel">
      <p className="file-panel-title">Choose a file to import</p>
      <p className="muted">
        BibTeX, RIS, CSL-JSON, a Zotero CSV export, an arXiv Atom feed or a Folio backup. You can also drop a file
        anywhere on the window.
      </p>
      {/* biome-ignore lint/a11y/noAutofocus: the dialog's main action takes the focus when it opens */}
      <button type="button" className="button button-primary" onClick={() => void choose()} disabled={busy} autoFocus>
        Choose file…
      </button>
      {!folio.shell && (
        <input
          ref={input}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="File to import"
          accept={IMPORT_ACCEPT}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = ""; // choosing the same file again must fire again
            if (!file) return;
            try {
              onSource(await readImportFile(file));
            } catch (err) {
              onError(errorMessage(err));
            }
          }}
        />
      )}
    </div>
  );
}
