/** Tag colors: the palette's names and labels, and the lookup from a tag name to its color. */
import type { TagCount } from "../../shared/api/contract";
import { TAG_COLORS } from "../../shared/api/schemas";
import { tagKey } from "../../shared/model/tags";

export type TagColor = (typeof TAG_COLORS)[number];

export const TAG_COLOR_LABELS: Readonly<Record<TagColor, string>> = {
  gray: "Gray",
  red: "Red",
  orange: "Orange",
  yellow: "Yellow",
  green: "Green",
  teal: "Teal",
  blue: "Blue",
  purple: "Purple",
  pink: "Pink",
};

export function isTagColor(value: string | undefined): value is TagColor {
  return value !== undefined && (TAG_COLORS as readonly string[]).includes(value);
}

export type TagColors = ReadonlyMap<string, TagColor>;

/** Colors by tag key, from the sidebar figures; unknown color names are ignored. */
export function tagColorMap(tags: readonly TagCount[] | undefined): TagColors {
  const map = new Map<string, TagColor>();
  for (const t of tags ?? []) if (isTagColor(t.color)) map.set(tagKey(t.name), t.color);
  return map;
}

export function colorOf(colors: TagColors, tag: string): TagColor | undefined {
  return colors.get(tagKey(tag));
}
