/**
 * The toast after an undoable action ("Delete tag ml  [Undo]") or an undo ("Undone: ..."). It hides by
 * itself after a while, but never while the pointer or the focus is on it; Ctrl/Cmd+Z works regardless.
 */
import { useEffect, useRef, useState } from "react";
import { type UndoToastState, useUndo } from "../state/useUndo";

const HIDE_AFTER_MS = 10_000;

export function UndoToast() {
  const { toast, undo, dismiss } = useUndo();
  return (
    // Always in the DOM, so screen readers announce what appears in it.
    <div className="toast-region" role="status">
      {toast && <Toast key={toast.id} toast={toast} onUndo={() => void undo()} onDismiss={dismiss} />}
    </div>
  );
}

interface ToastProps {
  toast: UndoToastState;
  onUndo(): void;
  onDismiss(): void;
}

function Toast({ toast, onUndo, onDismiss }: ToastProps) {
  const [held, setHeld] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (held) return;
    const timer = window.setTimeout(onDismiss, HIDE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [held, onDismiss]);

  // Pointer or focus on the toast holds it (listeners on the element: it is not a widget itself).
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const hold = () => setHeld(true);
    const release = () => setHeld(el.matches(":hover") || el.contains(document.activeElement));
    const onFocusOut = (e: FocusEvent) => {
      if (!(e.relatedTarget instanceof Node && el.contains(e.relatedTarget))) setHeld(el.matches(":hover"));
    };
    el.addEventListener("pointerenter", hold);
    el.addEventListener("pointerleave", release);
    el.addEventListener("focusin", hold);
    el.addEventListener("focusout", onFocusOut);
    return () => {
      el.removeEventListener("pointerenter", hold);
      el.removeEventListener("pointerleave", release);
      el.removeEventListener("focusin", hold);
      el.removeEventListener("focusout", onFocusOut);
    };
  }, []);

  return (
    <div ref={box} className="toast">
      <span className="toast-message">{toast.message}</span>
      {toast.canUndo && (
        <button type="button" className="button button-small toast-undo" onClick={onUndo}>
          Undo
        </button>
      )}
      <button type="button" className="icon-button toast-dismiss" aria-label="Dismiss" onClick={onDismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
