/** The README's shortcut table is the app's own table: this fails when one changes without the other. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { shortcutsMarkdown } from "../../../renderer/lib/shortcuts";

// The formatter pads table cells; compare rows with runs of spaces and dashes folded.
const rows = (md: string) =>
  md
    .split("\n")
    .filter((l) => l.startsWith("|"))
    .map((l) => l.replace(/\s+/g, " ").replace(/-{3,}/g, "---"));

describe("README", () => {
  it("lists every keyboard shortcut the app has", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("### Keyboard shortcuts"));
    const expected = rows(shortcutsMarkdown());
    expect(rows(section).slice(0, expected.length)).toEqual(expected);
  });
});
