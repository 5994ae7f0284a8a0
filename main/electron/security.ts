/** Session- and webContents-wide locks: no permissions, no <webview>, no leaving our page. */
import type { App, Session, WebContents } from "electron";
import { guardNavigation } from "./navigation";

/** Folio needs no camera, notifications, geolocation, clipboard-read, ...: refuse every request. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function hardenWebContents(contents: WebContents, isOwnPage: (url: string) => boolean): void {
  contents.on("will-attach-webview", (event) => event.preventDefault());
  guardNavigation(contents, isOwnPage);
}

/** Apply the guards to every webContents the app ever creates, before it loads anything. */
export function hardenAllWebContents(app: App, isOwnPage: (url: string) => boolean): void {
  app.on("web-contents-created", (_event, contents) => hardenWebContents(contents, isOwnPage));
}
