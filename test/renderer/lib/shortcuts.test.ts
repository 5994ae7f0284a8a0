import { describe, expect, it } from "vitest";
import {
  type KeyContext,
  keyLabels,
  matchShortcut,
  SHORTCUT_IDS,
  SHORTCUTS,
  shortcutsByGroup,
  shortcutsMarkdown,
} from "../../../renderer/lib/shortcuts";

const page: KeyContext = { typing: false, inList: false, ownsArrows: false, mac: false };
const list: KeyContext = { ...page, inList: true };
const typing: KeyContext = { ...page, typing: true };

describe("matchShortcut", () => {
  it("maps the single keys on the page", () => {
    expect(matchShortcut({ key: "j" }, page)).toBe("next");
    expect(matchShortcut({ key: "ArrowDown" }, page)).toBe("next");
    expect(matchShortcut({ key: "k" }, page)).toBe("prev");
    expect(matchShortcut({ key: "1" }, page)).toBe("status-unread");
    expect(matchShortcut({ key: "2" }, page)).toBe("status-reading");
    expect(matchShortcut({ key: "3" }, page)).toBe("status-read");
    expect(matchShortcut({ key: "p" }, page)).toBe("cycle-priority");
    expect(matchShortcut({ key: "s" }, page)).toBe("toggle-star");
    expect(matchShortcut({ key: "/" }, page)).toBe("search");
    expect(matchShortcut({ key: "o" }, page)).toBe("open");
    expect(matchShortcut({ key: "Enter" }, page)).toBe("open");
    expect(matchShortcut({ key: "?", shiftKey: true }, page)).toBe("help");
    expect(matchShortcut({ key: "x" }, page)).toBeUndefined();
    expect(matchShortcut({ key: "toString" }, page)).toBeUndefined();
  });

  it("never fires while typing, except Esc", () => {
    for (const key of ["j", "k", "1", "2", "3", "p", "s", "/", "?", "o", "t", "n", "h", "ArrowDown", "Enter"]) {
      expect(matchShortcut({ key }, typing)).toBeUndefined();
    }
    expect(matchShortcut({ key: "z", ctrlKey: true }, typing)).toBeUndefined();
    expect(matchShortcut({ key: "a", ctrlKey: true }, { ...typing, inList: true })).toBeUndefined();
    expect(matchShortcut({ key: "Escape" }, typing)).toBe("escape");
  });

  it("tells shifted and modified keys apart", () => {
    expect(matchShortcut({ key: "ArrowDown", shiftKey: true }, page)).toBe("extend-next");
    expect(matchShortcut({ key: "ArrowUp", shiftKey: true }, page)).toBe("extend-prev");
    expect(matchShortcut({ key: "J", shiftKey: true }, page)).toBe("extend-next");
    expect(matchShortcut({ key: "j", shiftKey: true }, page)).toBe("extend-next");
    expect(matchShortcut({ key: "s", shiftKey: true }, page)).toBeUndefined();
    expect(matchShortcut({ key: "j", ctrlKey: true }, page)).toBeUndefined();
    expect(matchShortcut({ key: "ArrowDown", altKey: true }, page)).toBeUndefined();
    expect(matchShortcut({ key: "s", metaKey: true }, page)).toBeUndefined();
  });

  it("uses Ctrl off macOS and Cmd on macOS for Mod", () => {
    expect(matchShortcut({ key: "z", ctrlKey: true }, page)).toBe("undo");
    expect(matchShortcut({ key: "z", metaKey: true }, page)).toBeUndefined();
    expect(matchShortcut({ key: "z", metaKey: true }, { ...page, mac: true })).toBe("undo");
    expect(matchShortcut({ key: "z", ctrlKey: true }, { ...page, mac: true })).toBeUndefined();
    expect(matchShortcut({ key: "Z", ctrlKey: true, shiftKey: true }, page)).toBeUndefined();
  });

  it("keeps select-all and Home/End to the list", () => {
    expect(matchShortcut({ key: "a", ctrlKey: true }, page)).toBeUndefined();
    expect(matchShortcut({ key: "a", ctrlKey: true }, list)).toBe("select-all");
    expect(matchShortcut({ key: "Home" }, page)).toBeUndefined();
    expect(matchShortcut({ key: "End" }, list)).toBe("last");
  });

  it("leaves arrows to widgets that own them but not letters", () => {
    const radio = { ...page, ownsArrows: true };
    expect(matchShortcut({ key: "ArrowDown" }, radio)).toBeUndefined();
    expect(matchShortcut({ key: "j" }, radio)).toBe("next");
    expect(matchShortcut({ key: "3" }, radio)).toBe("status-read");
  });

  it("leaves Enter to buttons and links", () => {
    expect(matchShortcut({ key: "Enter" }, { ...page, activatable: true })).toBeUndefined();
    expect(matchShortcut({ key: "o" }, { ...page, activatable: true })).toBe("open");
    expect(matchShortcut({ key: "Enter" }, list)).toBe("open");
  });

  it("does not dispatch editor shortcuts (the note editor handles them)", () => {
    expect(matchShortcut({ key: "b", ctrlKey: true }, page)).toBeUndefined();
    expect(matchShortcut({ key: "b", ctrlKey: true }, typing)).toBeUndefined();
  });
});

describe("the table", () => {
  it("has no key bound twice in overlapping scopes", () => {
    const seen = new Map<string, string>();
    for (const id of SHORTCUT_IDS) {
      for (const k of SHORTCUTS[id].keys) {
        const key = `${SHORTCUTS[id].scope === "editor" ? "editor" : "window"}:${k}`;
        expect(seen.get(key), `${k} is bound to ${seen.get(key)} and ${id}`).toBeUndefined();
        seen.set(key, id);
      }
    }
  });

  it("lists every shortcut in a group, and in the Markdown", () => {
    const grouped = shortcutsByGroup().flatMap((g) => g.items.map((i) => i.id));
    expect(grouped.sort()).toEqual([...SHORTCUT_IDS].sort());
    const md = shortcutsMarkdown();
    for (const id of SHORTCUT_IDS) expect(md).toContain(SHORTCUTS[id].description);
    expect(md).toContain("| Ctrl+A | Select every paper in the list |");
    expect(md).toContain("| ? | Show these shortcuts |");
  });

  it("labels keys for people", () => {
    expect(keyLabels("Mod+a", false)).toEqual(["Ctrl", "A"]);
    expect(keyLabels("Mod+a", true)).toEqual(["⌘", "A"]);
    expect(keyLabels("Shift+ArrowDown", false)).toEqual(["Shift", "↓"]);
    expect(keyLabels("J", false)).toEqual(["Shift", "j"]);
    expect(keyLabels("j", false)).toEqual(["j"]);
    expect(keyLabels("Escape", false)).toEqual(["Esc"]);
    expect(keyLabels("/", false)).toEqual(["/"]);
  });
});
