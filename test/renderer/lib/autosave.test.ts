import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { errorMessage, NoteAutosaver, type Timers } from "../../../renderer/lib/autosave";
import { openSeeded, type SeededCore } from "../core-fixture";

/** Timers driven by hand: `fire()` runs whatever is scheduled, as if the delay had passed. */
class ManualTimers implements Timers {
  private next = 1;
  readonly scheduled = new Map<number, () => void>();
  set(fn: () => void): unknown {
    const id = this.next++;
    this.scheduled.set(id, fn);
    return id;
  }
  clear(handle: unknown): void {
    this.scheduled.delete(handle as number);
  }
  fire(): void {
    const fns = [...this.scheduled.values()];
    this.scheduled.clear();
    for (const fn of fns) fn();
  }
}

let core: SeededCore;
let ids: string[];

beforeEach(async () => {
  core = await openSeeded();
  ids = (await core.api("query", { limit: 3 })).items.map((r) => r.id);
});

afterEach(async () => {
  await core.close();
});

const noteOf = async (id: string) => (await core.api("getPaper", { id })).state.note;

function saverFor(timers: ManualTimers, log: [string, string][] = []) {
  return new NoteAutosaver({
    timers,
    save: (id, note) => {
      log.push([id, note]);
      return core.api("setNote", { id, note });
    },
  });
}

describe("NoteAutosaver", () => {
  it("coalesces a burst of typing into one save after the pause", async () => {
    const timers = new ManualTimers();
    const log: [string, string][] = [];
    const saver = saverFor(timers, log);
    const [a = ""] = ids;
    saver.edit(a, "H");
    saver.edit(a, "He");
    saver.edit(a, "Hello");
    expect(timers.scheduled.size).toBe(1);
    expect(saver.state(a).kind).toBe("pending");
    expect(saver.latest(a)).toBe("Hello");
    timers.fire();
    expect(saver.state(a).kind).toBe("saving");
    await saver.flush();
    expect(log).toEqual([[a, "Hello"]]);
    expect(saver.state(a).kind).toBe("saved");
    expect(saver.latest(a)).toBeUndefined();
    expect(saver.lastSaved(a)?.text).toBe("Hello");
    expect(await noteOf(a)).toBe("Hello");
  });

  it("flushes the old paper's pending text when the user switches mid-debounce", async () => {
    const timers = new ManualTimers();
    const saver = saverFor(timers);
    const [a = "", b = ""] = ids;
    saver.edit(a, "note for A");
    await saver.flush(); // what the app does on selection change
    saver.edit(b, "note for B");
    await saver.flush();
    expect(await noteOf(a)).toBe("note for A");
    expect(await noteOf(b)).toBe("note for B");
    expect(timers.scheduled.size).toBe(0);
  });

  it("saves in order, so the newest text wins even when saves overlap", async () => {
    const timers = new ManualTimers();
    const saver = saverFor(timers);
    const [a = ""] = ids;
    saver.edit(a, "first");
    const one = saver.flush();
    saver.edit(a, "second");
    expect(saver.latest(a)).toBe("second");
    const two = saver.flush();
    await Promise.all([one, two]);
    expect(await noteOf(a)).toBe("second");
    expect(saver.state(a).kind).toBe("saved");
  });

  it("keeps the text of a failed save, reports it, and saves it on retry", async () => {
    const timers = new ManualTimers();
    const errors: string[] = [];
    let offline = true;
    const saver = new NoteAutosaver({
      timers,
      save: (id, note) => (offline ? Promise.reject(new Error("disk full")) : core.api("setNote", { id, note })),
      onError: (_id, err) => errors.push(errorMessage(err)),
    });
    const [a = ""] = ids;
    saver.edit(a, "precious words");
    await saver.flush();
    expect(saver.state(a)).toEqual({ kind: "error", message: "disk full" });
    expect(errors).toEqual(["disk full"]);
    expect(saver.latest(a)).toBe("precious words");
    expect(saver.hasUnsaved()).toBe(true);
    offline = false;
    await saver.flush(); // Retry
    expect(saver.state(a).kind).toBe("saved");
    expect(await noteOf(a)).toBe("precious words");
    expect(saver.hasUnsaved()).toBe(false);
  });

  it("does not resurrect a failed text over newer typing", async () => {
    const timers = new ManualTimers();
    let offline = true;
    const saver = new NoteAutosaver({
      timers,
      save: (id, note) => (offline ? Promise.reject(new Error("offline")) : core.api("setNote", { id, note })),
    });
    const [a = ""] = ids;
    saver.edit(a, "old");
    const failing = saver.flush();
    saver.edit(a, "newer");
    await failing;
    expect(saver.latest(a)).toBe("newer");
    offline = false;
    await saver.flush();
    expect(await noteOf(a)).toBe("newer");
  });

  it("surfaces the core's own validation error (a note over 1 MB)", async () => {
    const timers = new ManualTimers();
    const saver = saverFor(timers);
    const [a = ""] = ids;
    saver.edit(a, "x".repeat(1_000_001));
    await saver.flush();
    const state = saver.state(a);
    expect(state.kind).toBe("error");
    expect(state.kind === "error" && state.message).toMatch(/at most 1 MB/);
    expect(await noteOf(a)).toBe("");
  });

  it("returns the same idle snapshot until something changes, and notifies subscribers", async () => {
    const timers = new ManualTimers();
    const saver = saverFor(timers);
    const [a = ""] = ids;
    expect(saver.state(a)).toBe(saver.state(a));
    let calls = 0;
    const off = saver.subscribe(() => {
      calls += 1;
    });
    saver.edit(a, "x");
    await saver.flush();
    expect(calls).toBe(3); // pending, saving, saved
    off();
    expect(saver.state(a)).toBe(saver.state(a));
  });
});

describe("NoteAutosaver with leading saves", () => {
  it("sends the first edit after a pause at once, then debounces the rest of the burst", async () => {
    const timers = new ManualTimers();
    const log: [string, string][] = [];
    const saver = new NoteAutosaver({
      timers,
      leading: true,
      save: (id, note) => {
        log.push([id, note]);
        return core.api("setNote", { id, note });
      },
    });
    const [a = ""] = ids;
    saver.edit(a, "Q");
    // Already handed to the core, with no timer fired: an edit just before quitting is on its way.
    expect(log).toEqual([[a, "Q"]]);
    saver.edit(a, "Qu");
    saver.edit(a, "Quit");
    expect(log).toHaveLength(1);
    expect(saver.latest(a)).toBe("Quit");
    timers.fire();
    await saver.flush();
    expect(log).toEqual([
      [a, "Q"],
      [a, "Quit"],
    ]);
    expect(await noteOf(a)).toBe("Quit");
    // After the pause, the next edit is sent at once again.
    saver.edit(a, "Quit!");
    expect(log.at(-1)).toEqual([a, "Quit!"]);
    await saver.flush();
    expect(await noteOf(a)).toBe("Quit!");
    expect(saver.state(a).kind).toBe("saved");
  });
});

describe("errorMessage", () => {
  it("reads Errors, error-like objects and anything else", () => {
    expect(errorMessage(new Error("boom"))).toBe("boom");
    expect(errorMessage({ code: "NOT_FOUND", message: "No paper" })).toBe("No paper");
    expect(errorMessage("plain")).toBe("plain");
  });
});
