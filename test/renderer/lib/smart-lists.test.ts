import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_QUERY, type ListQuery, queryArg } from "../../../renderer/lib/list-query";
import {
  isDefaultQuery,
  listQueryOf,
  sameSavedQuery,
  savedQueryOf,
  suggestName,
} from "../../../renderer/lib/smart-lists";
import { methodSchemas } from "../../../shared/api/schemas";
import { openSeeded, type SeededCore } from "../core-fixture";

const q = (patch: Partial<ListQuery>): ListQuery => ({ ...DEFAULT_QUERY, ...patch });

describe("smart lists", () => {
  it("saves the sidebar's star and priority filters as search syntax, and gives them back", () => {
    const list = q({ text: " soups ", priority: "high", starred: true, tags: ["ml"], status: "unread" });
    const saved = savedQueryOf(list);
    expect(saved).toMatchObject({ text: "soups priority:high is:starred", status: "unread", tags: ["ml"] });
    expect(methodSchemas.saveSmartList.safeParse({ name: "x", query: saved }).success).toBe(true);
    expect(listQueryOf(saved)).toEqual({ ...list, text: "soups" });
    expect(listQueryOf(savedQueryOf(q({ starred: true })))).toEqual(q({ starred: true }));
  });

  it("leaves filters typed inside a phrase or elsewhere in the text where they are", () => {
    const typed = methodSchemas.saveSmartList.shape.query.parse({ text: "is:starred soups" });
    expect(listQueryOf(typed)).toMatchObject({ text: "is:starred soups", starred: false });
    const quoted = methodSchemas.saveSmartList.shape.query.parse({ text: '"soups is:starred' });
    expect(listQueryOf(quoted)).toMatchObject({ text: '"soups is:starred', starred: false });
  });

  it("knows when the list shows a saved query, whatever the tag order or case", () => {
    const a = savedQueryOf(q({ text: "soups", tags: ["ML", "vision"] }));
    const b = savedQueryOf(q({ text: " soups ", tags: ["vision", "ml"] }));
    expect(sameSavedQuery(a, b)).toBe(true);
    expect(sameSavedQuery(a, { ...b, tagMode: "all" })).toBe(false);
    // With one tag, any and all are the same list.
    const one = savedQueryOf(q({ tags: ["ml"] }));
    expect(sameSavedQuery(one, { ...one, tagMode: "all" })).toBe(true);
    expect(sameSavedQuery(a, { ...b, sort: { key: "title", dir: "asc" } })).toBe(false);
  });

  it("has nothing to save for the default query", () => {
    expect(isDefaultQuery(DEFAULT_QUERY)).toBe(true);
    expect(isDefaultQuery(q({ text: "  " }))).toBe(true);
    expect(isDefaultQuery(q({ starred: true }))).toBe(false);
    expect(isDefaultQuery(q({ sort: { key: "title", dir: "asc" } }))).toBe(false);
  });

  it("suggests a short name", () => {
    expect(suggestName(savedQueryOf(q({ text: "soups", tags: ["ml"], status: "read" })))).toBe(
      "soups status:read tag:ml",
    );
    expect(suggestName(savedQueryOf(q({ text: "x".repeat(100) }))).length).toBeLessThanOrEqual(60);
  });

  describe("with the core", () => {
    let core: SeededCore;
    beforeAll(async () => {
      core = await openSeeded();
    });
    afterAll(async () => {
      await core.close();
    });

    it("a saved list counts what the list showed, and applying it shows the same papers", async () => {
      const ids = (await core.api("query", { limit: 10 })).items.map((r) => r.id);
      await core.api("setStarred", { ids: ids.slice(0, 6), starred: true });
      await core.api("setPriority", { ids: ids.slice(3, 8), priority: "high" });
      await core.api("addTags", { ids: ids.slice(0, 5), tags: ["queue"] });
      const list = q({
        text: "",
        starred: true,
        priority: "high",
        tags: ["queue"],
        sort: { key: "title", dir: "desc" },
      });
      const shown = await core.api("query", queryArg(list, 0, 500));
      expect(shown.total).toBe(2);

      const { id } = await core.api("saveSmartList", { name: "Starred high", query: savedQueryOf(list) });
      const stats = await core.api("stats", {});
      const saved = stats.smartLists.find((l) => l.id === id);
      expect(saved?.count).toBe(shown.total);
      if (!saved) return;
      expect(sameSavedQuery(saved.query, savedQueryOf(list))).toBe(true);

      const applied = await core.api("query", queryArg(listQueryOf(saved.query), 0, 500));
      expect(applied.items.map((r) => r.id)).toEqual(shown.items.map((r) => r.id));
    });
  });
});
