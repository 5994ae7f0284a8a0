/**
 * A small non-modal dialog opened from a sidebar button (a tag's or a smart list's "⋯"): placed under
 * its button and kept on screen, closed by Esc or a press outside, focus back to the button on close.
 */
import { type ReactNode, useRef } from "react";
import { usePopover } from "../state/usePopover";

interface MenuPopoverProps {
  anchor: HTMLElement;
  label: string;
  className: string;
  /** Room kept below the menu so it stays on screen (its usual height). */
  height: number;
  onClose(): void;
  /** Runs when it opens (e.g. select the rename field). */
  onOpen(): void;
  children: ReactNode;
}

export function MenuPopover({ anchor, label, className, height, onClose, onOpen, children }: MenuPopoverProps) {
  const box = useRef<HTMLDivElement>(null);
  const rect = anchor.getBoundingClientRect();
  usePopover(anchor, box, onClose, onOpen);
  return (
    <div
      ref={box}
      className={`popover ${className}`}
      role="dialog"
      aria-label={label}
      style={{ top: Math.min(rect.bottom + 4, window.innerHeight - height), left: rect.left }}
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        e.preventDefault();
        onClose();
      }}
    >
      {children}
    </div>
  );
}
