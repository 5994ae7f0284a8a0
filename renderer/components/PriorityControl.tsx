/** The paper's priority as a labelled native select: None / Low / Medium / High. */
import { PRIORITIES, type Priority } from "../../shared/model/user-state";
import { PRIORITY_LABELS } from "../lib/bulk";

interface PriorityControlProps {
  value: Priority;
  onChange(priority: Priority): void;
}

const isPriority = (value: string): value is Priority => (PRIORITIES as readonly string[]).includes(value);

export function PriorityControl({ value, onChange }: PriorityControlProps) {
  return (
    <label className="priority-control" data-priority={value}>
      <span className="priority-label">Priority</span>
      <select
        className="priority-select"
        value={value}
        onChange={(e) => {
          if (isPriority(e.target.value)) onChange(e.target.value);
        }}
      >
        {PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {PRIORITY_LABELS[p]}
          </option>
        ))}
      </select>
    </label>
  );
}
