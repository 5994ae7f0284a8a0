/**
 * The application menu. Standard roles for what Electron does itself, with the platform's usual
 * shortcuts; Folio's own commands (import, export, add a paper, the shortcuts sheet) are sent to the
 * window as `menu` events, and the page carries them out. Developer tools are offered only in an
 * unpackaged (development) build.
 */
import { Menu, type MenuItemConstructorOptions } from "electron";
import type { MenuCommand } from "../../shared/api/contract";

export interface MenuOptions {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** Deliver a command to the window (as a `menu` event). */
  send(command: MenuCommand): void;
}

export function menuTemplate({ isPackaged, platform, send }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === "darwin";
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(name),
  });
  return [
    ...(mac ? [{ role: "appMenu" } as const] : []),
    {
      label: "&File",
      submenu: [
        command("Add paper…", "add-paper", "CmdOrCtrl+N"),
        { type: "separator" },
        command("Import…", "import", "CmdOrCtrl+O"),
        command("Export…", "export", "CmdOrCtrl+E"),
        { type: "separator" },
        { role: mac ? "close" : "quit" },
      ],
    },
    {
      label: "&Edit",
      submenu: [
        { role: "undo" },
        { role: "redo" },
        { type: "separator" },
        { role: "cut" },
        { role: "copy" },
        { role: "paste" },
        { role: "selectAll" },
      ],
    },
    {
      label: "&View",
      submenu: [
        { role: "reload" },
        ...(isPackaged ? [] : [{ role: "toggleDevTools" } as const]),
        { type: "separator" },
        { role: "resetZoom" },
        { role: "zoomIn" },
        { role: "zoomOut" },
        { type: "separator" },
        { role: "togglefullscreen" },
      ],
    },
    {
      role: "help",
      submenu: [
        command("Keyboard shortcuts", "show-shortcuts"),
        { type: "separator" },
        { role: "about", label: "About Folio" },
      ],
    },
  ];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
