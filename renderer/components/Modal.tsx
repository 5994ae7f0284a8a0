/**
 * A modal dialog on the native <dialog> (see useModalDialog): the rest of the window is inert, Tab
 * cycles inside, Esc closes it, and focus returns where it was. Mounted = open.
 */
import { type ReactNode, useId, useRef } from "react";
import { useModalDialog } from "../state/useModalDialog";

interface ModalProps {
  title: string;
  /** Esc, or a cancel button: the parent unmounts the dialog. */
  onClose(): void;
  children: ReactNode;
  /** "alertdialog" for a confirmation. */
  role?: "dialog" | "alertdialog";
  describedBy?: string;
  className?: string;
}

export function Modal({ title, onClose, children, role = "dialog", describedBy, className }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useModalDialog(ref, true, onClose);
  return (
    <dialog
      ref={ref}
      className={`modal${className ? ` ${className}` : ""}`}
      role={role === "alertdialog" ? "alertdialog" : undefined}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
    >
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
