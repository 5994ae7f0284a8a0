/**
 * Apply a computed edit to a textarea as if typed: the changed range is replaced with
 * `execCommand("insertText")`, which keeps the browser's own undo (Ctrl+Z) and fires the input event
 * React listens to. Where that command is unavailable the value is set and an input event dispatched.
 */
import { minimalChange, type TextEdit } from "../lib/markdown-shortcuts";

export function applyTextEdit(el: HTMLTextAreaElement, edit: TextEdit): void {
  const { start, end, insert } = minimalChange(el.value, edit.text);
  if (start !== end || insert !== "") {
    el.focus();
    el.setSelectionRange(start, end);
    // execCommand is deprecated but still the only way to edit a field through the undo stack.
    const done = insert === "" ? document.execCommand("delete") : document.execCommand("insertText", false, insert);
    if (!done || el.value !== edit.text) setNativeValue(el, edit.text);
  }
  el.setSelectionRange(edit.selectionStart, edit.selectionEnd);
}

/** Set the value past React's tracker so the dispatched input event reaches onChange. */
function setNativeValue(el: HTMLTextAreaElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
}
