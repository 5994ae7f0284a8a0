/**
 * Save what is pending whenever the user may be leaving: the page is hidden or unloaded, or the app
 * is quitting (main sends `quitting` and waits for the saves that follow before it closes the library).
 */
import { useEffect } from "react";
import { folio } from "../api/bridge";

export function useFlushOnLeave(flush: () => void): void {
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flush();
    };
    window.addEventListener("beforeunload", flush);
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibility);
    const offQuitting = folio.on("quitting", flush);
    return () => {
      window.removeEventListener("beforeunload", flush);
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibility);
      offQuitting();
      flush();
    };
  }, [flush]);
}
