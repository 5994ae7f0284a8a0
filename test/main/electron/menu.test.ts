import type { MenuItemConstructorOptions } from "electron";
import { describe, expect, it, vi } from "vitest";
import { menuTemplate } from "../../../main/electron/menu";

vi.mock("electron", () => import("../../fakes/electron"));

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe("menuTemplate", () => {
  it("has File, Edit, View and Help menus built from standard roles", () => {
    const template = menuTemplate({ isPackaged: true, platform: "linux" });
    expect(template.map((m) => m.label ?? m.role)).toEqual(["&File", "&Edit", "&View", "help"]);
    expect(roles(template)).toEqual(
      expect.arrayContaining(["quit", "undo", "redo", "cut", "copy", "paste", "selectAll", "reload", "zoomIn"]),
    );
  });

  it("offers developer tools only in an unpackaged build", () => {
    expect(roles(menuTemplate({ isPackaged: false, platform: "linux" }))).toContain("toggleDevTools");
    expect(roles(menuTemplate({ isPackaged: true, platform: "linux" }))).not.toContain("toggleDevTools");
  });

  it("adds the app menu on macOS only", () => {
    expect(menuTemplate({ isPackaged: true, platform: "darwin" })[0]?.role).toBe("appMenu");
    expect(roles(menuTemplate({ isPackaged: true, platform: "win32" }))).not.toContain("appMenu");
  });
});
