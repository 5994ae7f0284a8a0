/** "Are you sure?" for a destructive action, as a modal alert dialog; Cancel has the focus first. */
import { useId, useState } from "react";
import { Modal } from "./Modal";

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm(): Promise<void> | void;
  onCancel(): void;
}

export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const messageId = useId();
  const [busy, setBusy] = useState(false);
  return (
    <Modal title={title} role="alertdialog" describedBy={messageId} onClose={onCancel} className="modal-confirm">
      <p id={messageId} className="modal-message">
        {message}
      </p>
      <div className="modal-actions">
        {/* biome-ignore lint/a11y/noAutofocus: the safe choice takes the focus in a confirmation */}
        <button type="button" className="button" autoFocus onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onConfirm();
            } finally {
              setBusy(false);
            }
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
