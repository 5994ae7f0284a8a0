/**
 * "Add paper" / "Edit paper": a modal form. Only the title is required; problems are shown next to
 * their field (and the first one focused) instead of the browser's own validation bubbles.
 */
import { type FormEvent, useId, useRef, useState } from "react";
import { PAPER_FIELDS, type PaperField, type PaperFormErrors, type PaperFormValues } from "../lib/paper-form";
import { Modal } from "./Modal";

interface PaperFormProps {
  title: string;
  submitLabel: string;
  initial: PaperFormValues;
  /** Saves the values; resolves with the problems to show, or undefined once saved (the parent closes). */
  onSubmit(values: PaperFormValues): Promise<PaperFormErrors | undefined>;
  onCancel(): void;
}

interface FieldSpec {
  label: string;
  hint?: string;
  multiline?: "short" | "long";
  inputMode?: "numeric" | "url";
}

const FIELDS: Readonly<Record<PaperField, FieldSpec>> = {
  title: { label: "Title (required)" },
  authors: { label: "Authors", hint: "One per line, or separated by semicolons", multiline: "short" },
  year: { label: "Year", inputMode: "numeric" },
  venue: { label: "Venue" },
  doi: { label: "DOI" },
  url: { label: "URL", hint: "http:// or https://", inputMode: "url" },
  abstract: { label: "Abstract", multiline: "long" },
};

export function PaperForm({ title, submitLabel, initial, onSubmit, onCancel }: PaperFormProps) {
  const [values, setValues] = useState<PaperFormValues>(initial);
  const [errors, setErrors] = useState<PaperFormErrors>({});
  const [busy, setBusy] = useState(false);
  const id = useId();
  const form = useRef<HTMLFormElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const problems = await onSubmit(values);
      if (problems) {
        setErrors(problems);
        const first = PAPER_FIELDS.find((f) => problems[f]);
        if (first) form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal title={title} onClose={onCancel} className="modal-paper">
      <form ref={form} className="paper-form" noValidate onSubmit={submit}>
        {PAPER_FIELDS.map((field) => {
          const spec = FIELDS[field];
          const inputId = `${id}-${field}`;
          const error = errors[field];
          const described = [spec.hint ? `${inputId}-hint` : "", error ? `${inputId}-error` : ""].join(" ").trim();
          const common = {
            id: inputId,
            name: field,
            value: values[field],
            "aria-invalid": error ? true : undefined,
            "aria-describedby": described || undefined,
            "aria-required": field === "title" ? true : undefined,
            onChange: (e: { target: { value: string } }) => {
              const value = e.target.value;
              setValues((v) => ({ ...v, [field]: value }));
              if (errors[field]) setErrors((x) => ({ ...x, [field]: undefined }));
            },
          };
          return (
            <div key={field} className={`form-field form-field-${field}`}>
              <label htmlFor={inputId}>{spec.label}</label>
              {spec.multiline ? (
                <textarea {...common} rows={spec.multiline === "long" ? 6 : 2} />
              ) : (
                <input {...common} type="text" inputMode={spec.inputMode} autoComplete="off" />
              )}
              {spec.hint && (
                <p id={`${inputId}-hint`} className="form-hint">
                  {spec.hint}
                </p>
              )}
              {error && (
                <p id={`${inputId}-error`} className="form-error">
                  {error}
                </p>
              )}
            </div>
          );
        })}
        <div className="modal-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
