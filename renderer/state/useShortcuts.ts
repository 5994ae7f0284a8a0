/**
 * The one keyboard dispatcher: a key press is matched against the table in lib/shortcuts.ts (which knows
 * where each shortcut may fire) and handed to whichever component registered a handler for it. Several
 * components may register different shortcuts; none fires while a modal dialog is open.
 */
import { useEffect, useRef } from "react";
import { isTyping, ownsArrows } from "../lib/keys";
import { isMacPlatform, type KeyContext, matchShortcut, type ShortcutId } from "../lib/shortcuts";

/**
 * Handlers by shortcut. A handler returns `false` when the shortcut does not apply now (the key then
 * keeps its default and other handlers may take it); anything else means handled.
 */
export type ShortcutHandlers = Partial<Record<ShortcutId, (e: KeyboardEvent) => unknown>>;

/** Marks the paper list: Ctrl/Cmd+A, Home and End act on it only while focus is inside. */
export const LIST_ATTRIBUTE = "data-paper-list";

export const IS_MAC = isMacPlatform(
  (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform,
);

export function keyContext(target: EventTarget | null): KeyContext {
  const el = target instanceof HTMLElement ? target : undefined;
  if (!el || el === document.body) return { typing: false, inList: false, ownsArrows: false, mac: IS_MAC };
  const info = {
    tagName: el.tagName,
    type: el.getAttribute("type"),
    isContentEditable: el.isContentEditable,
    role: el.getAttribute("role"),
  };
  return {
    // Inside a popup (the tag menu) keys belong to it, like typing.
    typing: isTyping(info) || el.closest('dialog, [role="dialog"], [role="alertdialog"]') !== null,
    inList: el.closest(`[${LIST_ATTRIBUTE}]`) !== null,
    ownsArrows: ownsArrows(info),
    activatable: el.matches('button, a[href], summary, [role="button"], [role="link"], [role="menuitem"]'),
    mac: IS_MAC,
  };
}

export function useShortcuts(handlers: ShortcutHandlers): void {
  const current = useRef(handlers);
  current.current = handlers;

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      if (document.querySelector("dialog:modal")) return;
      const id = matchShortcut(e, keyContext(e.target));
      const handler = id === undefined ? undefined : current.current[id];
      if (!handler) return;
      if (handler(e) === false) return;
      e.preventDefault();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
