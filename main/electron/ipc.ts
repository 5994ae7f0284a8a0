/**
 * Every API method on its own `folio:<method>` channel, and the Electron-only shell methods on
 * `folio-shell:<method>`, registered by one loop. Each call is checked for its sender, then goes
 * through `dispatch` (validation + envelope), so nothing but an Envelope ever crosses back, and a bad
 * argument changes nothing.
 */
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from "electron";
import type { FolioHandlers } from "../../shared/api/contract";
import type { Envelope } from "../../shared/api/errors";
import { METHOD_NAMES } from "../../shared/api/schemas";
import { type FolioShellHandlers, SHELL_METHOD_NAMES } from "../../shared/api/shell";
import { dispatch } from "../core/dispatch";
import { isAppPage } from "./app-files";
import { methodChannel, shellChannel } from "./channels";
import { dispatchShell } from "./shell-ipc";

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

const UNAUTHORIZED: Envelope<never> = {
  ok: false,
  error: { code: "UNAUTHORIZED", message: "This call did not come from Folio's own page" },
};

type Route = readonly [channel: string, run: (arg: unknown) => Promise<Envelope<unknown>>];

export function registerIpc(
  ipcMain: Pick<IpcMain, "handle" | "removeHandler">,
  library: { handlers: FolioHandlers },
  isTrustedSender: SenderCheck,
  shell?: FolioShellHandlers,
): () => void {
  const routes: Route[] = [
    ...METHOD_NAMES.map((m): Route => [methodChannel(m), (arg) => dispatch(library.handlers, m, arg)]),
    ...(shell ? SHELL_METHOD_NAMES.map((m): Route => [shellChannel(m), (arg) => dispatchShell(shell, m, arg)]) : []),
  ];
  for (const [channel, run] of routes) {
    ipcMain.handle(channel, (event, arg: unknown) => (isTrustedSender(event) ? run(arg) : UNAUTHORIZED));
  }
  return () => {
    for (const [channel] of routes) ipcMain.removeHandler(channel);
  };
}

/** Trusted = the main frame of our window, currently showing our own index.html. */
export function trustMainFrameOf(getWindow: () => BrowserWindow | undefined, pageUrl: string): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    const win = getWindow();
    if (!frame || !win || win.isDestroyed()) return false;
    return event.sender.id === win.webContents.id && frame.parent === null && isAppPage(frame.url, pageUrl);
  };
}
