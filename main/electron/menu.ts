/**
 * The application menu. Standard roles only: each item does exactly what its label says, with the
 * platform's usual shortcuts. Developer tools are offered only in an unpackaged (development) build.
 */
import { Menu, type MenuItemConstructorOptions } from "electron";

export interface MenuOptions {
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

export function menuTemplate({ isPackaged, platform }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === "darwin";
  return [
    ...(mac ? [{ role: "appMenu" } as const] : []),
    { label: "&File", submenu: [{ role: "quit" }] },
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
    { role: "help", submenu: [{ role: "about", label: "About Folio" }] },
  ];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
