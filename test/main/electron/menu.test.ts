import type { MenuItemConstructorOptions } from "electron";
import { describe, expect, it, vi } from "vitest";
import { type MenuOptions, menuTemplate } from "../../../main/electron/menu";
import { MENU_COMMANDS, type MenuCommand } from "../../../shared/api/contract";

vi.mock("electron", () => import("../../fakes/electron"));

function options(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return { isPackaged: true, platform: "linux", send: () => undefined, ...overrides };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function roles(items: MenuItemConstructorOptions[]): string[] {
  return flatten(items).flatMap((item) => (item.role ? [item.role] : []));
}

function submenu(template: MenuItemConstructorOptions[], name: string): MenuItemConstructorOptions[] {
  const menu = template.find((m) => (m.label ?? m.role) === name);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${name} menu`);
  return menu.submenu;
}

/** Click an item as Electron would (the handler ignores its arguments). */
function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe("menuTemplate", () => {
  it("has File, Edit, View and Help menus built from standard roles", () => {
    const template = menuTemplate(options());
    expect(template.map((m) => m.label ?? m.role)).toEqual(["&File", "&Edit", "&View", "help"]);
    expect(roles(template)).toEqual(
      expect.arrayContaining(["quit", "undo", "redo", "cut", "copy", "paste", "selectAll", "reload", "zoomIn"]),
    );
  });

  it("offers developer tools only in an unpackaged build", () => {
    expect(roles(menuTemplate(options({ isPackaged: false })))).toContain("toggleDevTools");
    expect(roles(menuTemplate(options()))).not.toContain("toggleDevTools");
  });

  it("adds the app menu on macOS only (where File ends with Close rather than Quit)", () => {
    const mac = menuTemplate(options({ platform: "darwin" }));
    expect(mac[0]?.role).toBe("appMenu");
    expect(roles(submenu(mac, "&File"))).toEqual(["close"]);
    expect(roles(menuTemplate(options({ platform: "win32" })))).not.toContain("appMenu");
  });

  it("File offers Add paper, Import and Export with their shortcuts; Help the keyboard shortcuts", () => {
    const template = menuTemplate(options());
    const file = submenu(template, "&File").filter((i) => i.label);
    expect(file.map((i) => [i.label, i.accelerator])).toEqual([
      ["Add paper…", "CmdOrCtrl+N"],
      ["Import…", "CmdOrCtrl+O"],
      ["Export…", "CmdOrCtrl+E"],
    ]);
    expect(submenu(template, "help").find((i) => i.label === "Keyboard shortcuts")).toBeDefined();
  });

  it("each of Folio's items sends its command to the window, and only known commands", () => {
    const sent: MenuCommand[] = [];
    const template = menuTemplate(options({ send: (command) => sent.push(command) }));
    const byLabel = (label: string) => flatten(template).find((i) => i.label === label);
    click(byLabel("Import…"));
    click(byLabel("Export…"));
    click(byLabel("Add paper…"));
    click(byLabel("Keyboard shortcuts"));
    expect(sent).toEqual(["import", "export", "add-paper", "show-shortcuts"]);
    for (const item of flatten(template)) click(item.role ? undefined : item);
    for (const command of sent) expect(MENU_COMMANDS).toContain(command);
  });

  it("gives no two items the same shortcut", () => {
    const accelerators = flatten(menuTemplate(options())).flatMap((i) => (i.accelerator ? [i.accelerator] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});
