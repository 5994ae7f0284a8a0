/**
 * Nothing typed is lost on quit: the first `before-quit` is held back until the library has flushed
 * (journal folded into library.json, files closed), then quit is asked for again. SIGTERM and SIGINT
 * take the same path.
 */
import type { App } from "electron";

export interface SignalSource {
  on(signal: "SIGTERM" | "SIGINT", listener: () => void): unknown;
}

/** `drain` lets the windows save what they have pending (see Library.drain); `close` flushes the library. */
export function flushOnQuit(
  app: Pick<App, "on" | "quit">,
  close: () => Promise<void>,
  signals: SignalSource,
  drain: () => Promise<void> = async () => {},
): void {
  let phase: "running" | "flushing" | "flushed" = "running";
  app.on("before-quit", (event) => {
    if (phase === "flushed") return;
    event.preventDefault();
    if (phase === "flushing") return;
    phase = "flushing";
    drain()
      .then(close)
      .catch((err: Error) => {
        // Acknowledged edits are already fsynced in the journal, so quitting anyway loses nothing.
        console.error("[folio] Flushing the library on quit failed:", err);
      })
      .finally(() => {
        phase = "flushed";
        app.quit();
      });
  });
  const quit = () => app.quit();
  signals.on("SIGTERM", quit);
  signals.on("SIGINT", quit);
}
