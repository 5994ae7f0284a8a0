/** A sidebar filter: a toggle button with an icon, a label and a live count ("Unread 85"). */
import type { ReactNode } from "react";

interface FilterButtonProps {
  label: string;
  count: number | undefined;
  pressed: boolean;
  icon: ReactNode;
  /** A tooltip (the full name of a nested tag). */
  title?: string;
  /** An id for the label, so another control can refer to it. */
  labelId?: string;
  onClick(): void;
}

export function FilterButton({ label, count, pressed, icon, title, labelId, onClick }: FilterButtonProps) {
  return (
    <button type="button" className="filter-button" aria-pressed={pressed} onClick={onClick} title={title}>
      {icon}
      {/* The spaces keep the accessible name "Unread 85", not "Unread85". */}
      <span className="filter-label" id={labelId}>
        {label}
      </span>{" "}
      <span className="filter-count">{count ?? ""}</span>
    </button>
  );
}
