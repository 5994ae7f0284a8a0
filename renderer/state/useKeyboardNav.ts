/**
 * List navigation from anywhere on the page except where the keys mean something else (text fields,
 * selects, radio groups, tabs): ArrowUp/ArrowDown and j/k; Home/End only from the list itself or the page.
 */
import { type RefObject, useEffect, useRef } from "react";
import { type NavAction, navAction, ownsKeys } from "../lib/keys";

export function useKeyboardNav(onNav: (action: NavAction) => void, listRef: RefObject<HTMLElement | null>) {
  const handler = useRef(onNav);
  handler.current = onNav;

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const action = navAction(e);
      if (!action) return;
      const target = e.target instanceof HTMLElement ? e.target : undefined;
      if (
        target &&
        ownsKeys({
          tagName: target.tagName,
          isContentEditable: target.isContentEditable,
          role: target.getAttribute("role"),
        })
      ) {
        return;
      }
      const inList = !!target && !!listRef.current?.contains(target);
      const onPage = !target || target === document.body;
      if ((action === "first" || action === "last") && !inList && !onPage) return;
      // Arrow keys would otherwise also scroll the focused pane.
      e.preventDefault();
      handler.current(action);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [listRef]);
}
