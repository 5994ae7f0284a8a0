/**
 * The "Rename" row of a popover menu (tags, smart lists): a labelled text field and a submit button,
 * with an optional hint under it (e.g. that renaming merges two tags).
 */
import type { FormEvent, ReactNode, RefObject } from "react";

interface RenameFormProps {
  id: string;
  inputRef: RefObject<HTMLInputElement | null>;
  value: string;
  onChange(value: string): void;
  onSubmit(e: FormEvent): void;
  disabled: boolean;
  submitLabel?: string;
  maxLength?: number;
  hint?: ReactNode;
}

export function RenameForm(props: RenameFormProps) {
  const { id, inputRef, value, onChange, onSubmit, disabled, submitLabel = "Rename", maxLength, hint } = props;
  return (
    <form className="tag-menu-rename" onSubmit={onSubmit}>
      <label htmlFor={`${id}-name`}>Rename</label>
      <div className="tag-menu-row">
        <input
          ref={inputRef}
          id={`${id}-name`}
          type="text"
          value={value}
          maxLength={maxLength}
          onChange={(e) => onChange(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <button type="submit" className="button button-small" disabled={disabled}>
          {submitLabel}
        </button>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="tag-menu-hint">
          {hint}
        </p>
      )}
    </form>
  );
}
