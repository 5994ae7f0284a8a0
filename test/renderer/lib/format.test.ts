import { describe, expect, it } from "vitest";
import { countPapers, describeStatusTime, formatDay, formatSavedTime } from "../../../renderer/lib/format";

// Midday UTC: the same calendar day in every time zone from UTC-11 to UTC+11.
const NOON = "2026-11-26T12:00:00.000Z";

describe("status time", () => {
  it("says when the paper was read, or since when it is being read", () => {
    expect(describeStatusTime({ status: "read", statusChangedAt: NOON })).toBe("Read on 26 Nov 2026");
    expect(describeStatusTime({ status: "reading", statusChangedAt: NOON })).toBe("Reading since 26 Nov 2026");
    expect(describeStatusTime({ status: "unread", statusChangedAt: NOON })).toBe("Unread since 26 Nov 2026");
  });

  it("says nothing when the status never changed or the time is bad", () => {
    expect(describeStatusTime({ status: "unread" })).toBe("");
    expect(describeStatusTime({ status: "read", statusChangedAt: "yesterday-ish" })).toBe("");
    expect(formatDay(undefined)).toBe("");
  });
});

describe("formatSavedTime", () => {
  it("shows only the time on the same day, the day too otherwise", () => {
    const at = new Date(2026, 10, 26, 14, 5);
    expect(formatSavedTime(at.toISOString(), new Date(2026, 10, 26, 18, 0))).toBe("14:05");
    expect(formatSavedTime(at.toISOString(), new Date(2026, 10, 27, 9, 0))).toBe("26 Nov 2026, 14:05");
  });
});

describe("countPapers", () => {
  it("pluralizes and groups digits", () => {
    expect(countPapers(0)).toBe("0 papers");
    expect(countPapers(1)).toBe("1 paper");
    expect(countPapers(86)).toBe("86 papers");
    expect(countPapers(100_000)).toBe("100,000 papers");
  });
});
