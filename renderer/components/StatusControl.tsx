/**
 * A segmented control of native radio buttons: Unread / Reading / Read. Native radios bring the arrow
 * keys, the radio role and the labels; the inputs are hidden and their labels drawn as segments.
 */
import { useId } from "react";
import { type ReadStatus, STATUSES } from "../../shared/model/user-state";
import { STATUS_LABELS } from "../lib/format";
import { StatusDot } from "./StatusDot";

interface StatusControlProps {
  value: ReadStatus;
  onChange(status: ReadStatus): void;
  describedBy?: string;
}

export function StatusControl({ value, onChange, describedBy }: StatusControlProps) {
  const name = useId();
  return (
    <div className="segmented" role="radiogroup" aria-label="Status" aria-describedby={describedBy}>
      {STATUSES.map((s) => (
        <label key={s} className="segment">
          <input
            type="radio"
            className="segment-input"
            name={name}
            value={s}
            checked={value === s}
            onChange={() => onChange(s)}
          />
          <StatusDot status={s} text="none" />
          {STATUS_LABELS[s]}
        </label>
      ))}
    </div>
  );
}
