/** "Save search": name the list's current query; it appears under "Smart lists" with a live count. */
import { type FormEvent, useId, useState } from "react";
import type { SavedQuery } from "../../shared/api/contract";
import { methodSchemas } from "../../shared/api/schemas";
import { STATUS_LABELS } from "../lib/format";
import { SORT_CHOICES } from "../lib/list-query";
import { suggestName } from "../lib/smart-lists";
import { Modal } from "./Modal";

interface SaveSearchDialogProps {
  query: SavedQuery;
  /** Resolves true once saved (the dialog then closes); a failure is reported by the caller. */
  onSave(name: string): Promise<boolean>;
  onClose(): void;
}

const nameSchema = methodSchemas.saveSmartList.shape.name;

export function SaveSearchDialog({ query, onSave, onClose }: SaveSearchDialogProps) {
  const [name, setName] = useState(() => suggestName(query));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const id = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = nameSchema.safeParse(name);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? "Invalid name");
      return;
    }
    setBusy(true);
    try {
      if (await onSave(checked.data)) onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Save search" onClose={onClose} className="modal-confirm save-search">
      <form className="save-search-form" noValidate onSubmit={(e) => void submit(e)}>
        <div className="form-field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            type="text"
            value={name}
            maxLength={200}
            // biome-ignore lint/a11y/noAutofocus: the dialog exists to type this name
            autoFocus
            onFocus={(e) => e.currentTarget.select()}
            onChange={(e) => {
              setName(e.target.value);
              setError(undefined);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : `${id}-what`}
            autoComplete="off"
            spellCheck={false}
          />
          {error && (
            <p id={`${id}-error`} className="form-error">
              {error}
            </p>
          )}
        </div>
        <dl id={`${id}-what`} className="save-search-summary">
          {summaryOf(query).map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            Save
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** What the smart list will keep, for people. */
function summaryOf(q: SavedQuery): [string, string][] {
  const sort = SORT_CHOICES.find((c) => c.key === q.sort.key)?.label ?? q.sort.key;
  return [
    ...(q.text.trim() ? [["Search", q.text.trim()] as [string, string]] : []),
    ...(q.status ? [["Status", STATUS_LABELS[q.status]] as [string, string]] : []),
    ...(q.tags.length > 0
      ? [["Tags", q.tags.join(q.tagMode === "all" && q.tags.length > 1 ? " and " : " or ")] as [string, string]]
      : []),
    ["Sort", `${sort}, ${q.sort.dir === "asc" ? "ascending" : "descending"}`],
  ];
}
