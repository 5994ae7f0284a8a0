/** A tag as a chip, in its palette color when it has one (list rows, the detail pane, the bulk bar). */
import type { ReactNode } from "react";
import type { TagColor } from "../lib/tag-colors";

interface TagChipProps {
  name: string;
  color: TagColor | undefined;
  /** The name as drawn, when it is more than text (search matches marked); its text must be `name`. */
  label?: ReactNode;
  /** Extra content after the name (a remove button). */
  children?: ReactNode;
  className?: string;
}

export function TagChip({ name, color, label, children, className }: TagChipProps) {
  return (
    <span className={`chip${className ? ` ${className}` : ""}`} data-color={color} title={name}>
      <span className="chip-label">{label ?? name}</span>
      {children}
    </span>
  );
}
