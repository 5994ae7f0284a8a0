/**
 * Every API method on its own `folio:<method>` channel, registered by one loop over the contract.
 * Each call is checked for its sender, then goes through `dispatch` (validation + envelope), so
 * nothing but an Envelope ever crosses back, and a bad argument changes nothing.
 */
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from "electron";
import type { FolioHandlers } from "../../shared/api/contract";
import type { Envelope } from "../../shared/api/errors";
import { METHOD_NAMES } from "../../shared/api/schemas";
import { dispatch } from "../core/dispatch";
import { isAppPage } from "./app-files";
import { methodChannel } from "./channels";

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

const UNAUTHORIZED: Envelope<never> = {
  ok: false,
  error: { code: "UNAUTHORIZED", message: "This call did not come from Folio's own page" },
};

export function registerIpc(
  ipcMain: Pick<IpcMain, "handle" | "removeHandler">,
  library: { handlers: FolioHandlers },
  isTrustedSender: SenderCheck,
): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(methodChannel(method), (event, arg: unknown) =>
      isTrustedSender(event) ? dispatch(library.handlers, method, arg) : UNAUTHORIZED,
    );
  }
  return () => {
    for (const method of METHOD_NAMES) ipcMain.removeHandler(methodChannel(method));
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
