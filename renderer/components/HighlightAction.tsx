/**
 * The floating "Highlight" button: shown above the text selected inside the abstract, it turns the
 * selection into a highlight. `selectedSpan` is also what the `h` key uses.
 */
import { type RefObject, useEffect, useState } from "react";
import { selectionSpan, type TextSpan } from "../lib/highlights";

/** The current DOM selection as a span of the abstract's text, or undefined when it is not in there. */
export function selectedSpan(root: HTMLElement | null, text: string): TextSpan | undefined {
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  return selectionSpan(root, selection.getRangeAt(0), text);
}

interface Placement {
  span: TextSpan;
  top: number;
  left: number;
}

const BUTTON_HEIGHT = 30;

/** Where the button goes for the current selection (relative to `wrapper`), re-read as it changes. */
function useSelectionPlacement(
  root: RefObject<HTMLElement | null>,
  wrapper: RefObject<HTMLElement | null>,
  text: string,
): Placement | undefined {
  const [placement, setPlacement] = useState<Placement>();
  useEffect(() => {
    const update = () => {
      const span = selectedSpan(root.current, text);
      const box = wrapper.current?.getBoundingClientRect();
      const selection = window.getSelection();
      if (!span || !box || !selection || selection.rangeCount === 0) {
        setPlacement(undefined);
        return;
      }
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      const above = rect.top - box.top - BUTTON_HEIGHT - 6;
      const top = above >= 0 ? above : rect.bottom - box.top + 6;
      const left = Math.min(Math.max(rect.left + rect.width / 2 - box.left, 40), Math.max(box.width - 40, 40));
      setPlacement({ span, top, left });
    };
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, [root, wrapper, text]);
  return placement;
}

interface HighlightActionProps {
  root: RefObject<HTMLElement | null>;
  wrapper: RefObject<HTMLElement | null>;
  text: string;
  onHighlight(span: TextSpan): void;
}

export function HighlightAction({ root, wrapper, text, onHighlight }: HighlightActionProps) {
  const placement = useSelectionPlacement(root, wrapper, text);
  if (!placement) return null;
  return (
    <button
      type="button"
      className="highlight-action"
      style={{ top: placement.top, left: placement.left }}
      title="Highlight the selected text (h)"
      // Pressing the button must not clear the selection it acts on.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onHighlight(placement.span)}
    >
      <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M4 20h7M14.5 4.5l5 5L11 18H6v-5z" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
      Highlight
    </button>
  );
}
