/**
 * A popover anchored to a button: a press outside it (and outside its button) closes it, `focus` runs
 * when it opens, and focus returns to the button when it closes (with "if-lost", only when nothing
 * else took the focus on purpose).
 */
import { type RefObject, useEffect, useRef } from "react";

export function usePopover(
  anchor: HTMLElement,
  box: RefObject<HTMLElement | null>,
  onClose: () => void,
  focus: () => void,
  restoreFocus: "always" | "if-lost" = "always",
): void {
  const close = useRef(onClose);
  close.current = onClose;
  const opened = useRef(focus);
  opened.current = focus;

  useEffect(() => {
    opened.current();
    const onPointerDown = (e: PointerEvent) => {
      if (!(e.target instanceof Node) || box.current?.contains(e.target) || anchor.contains(e.target)) return;
      close.current();
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      const lost = document.activeElement === document.body || !document.activeElement;
      if (anchor.isConnected && (restoreFocus === "always" || lost)) anchor.focus();
    };
  }, [anchor, box, restoreFocus]);
}
