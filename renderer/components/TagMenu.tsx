/**
 * A tag's menu (a small non-modal dialog by its button): rename (onto an existing tag it merges),
 * color from the palette, delete from every paper. Esc or a click outside closes it; the focus
 * goes back to the button. Rename, merge and delete are undoable (the toast offers it).
 */
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { TagCount } from "../../shared/api/contract";
import { TAG_COLORS } from "../../shared/api/schemas";
import { tagKey } from "../../shared/model/tags";
import { TAG_COLOR_LABELS, type TagColor } from "../lib/tag-colors";
import { MenuPopover } from "./MenuPopover";
import { RenameForm } from "./RenameForm";

export interface TagMenuActions {
  rename(from: string, to: string): Promise<boolean>;
  remove(tag: string): Promise<boolean>;
  color(tag: string, color: TagColor | null): Promise<boolean>;
}

interface TagMenuProps {
  /** The tag's full name. */
  tag: string;
  /** Its figures, when papers carry exactly this tag (not only children of it). */
  item: TagCount | undefined;
  allTags: readonly TagCount[];
  /** The button that opened the menu: the menu sits by it and gives the focus back to it. */
  anchor: HTMLElement;
  actions: TagMenuActions;
  onClose(): void;
}

export function TagMenu({ tag, item, allTags, anchor, actions, onClose }: TagMenuProps) {
  const [name, setName] = useState(tag);
  // The chosen color shows at once; the refreshed figures confirm it (or put back the stored one).
  const [chosen, setChosen] = useState(item?.color ?? null);
  useEffect(() => setChosen(item?.color ?? null), [item?.color]);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const target = name.trim();
  const unchanged = target === "" || target === tag.trim();
  const merging =
    !unchanged && tagKey(target) !== tagKey(tag) && allTags.some((t) => tagKey(t.name) === tagKey(target));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (unchanged) return;
    if (await actions.rename(tag, target)) onClose();
  };

  return (
    <MenuPopover
      anchor={anchor}
      label={`Tag ${tag}`}
      className="tag-menu"
      height={320}
      onClose={onClose}
      onOpen={() => input.current?.select()}
    >
      <RenameForm
        id={id}
        inputRef={input}
        value={name}
        onChange={setName}
        onSubmit={(e) => void submit(e)}
        disabled={unchanged}
        submitLabel={merging ? "Merge" : "Rename"}
        hint={merging ? <>“{target}” exists: the two tags become one.</> : undefined}
      />
      {item && (
        <fieldset className="tag-menu-colors">
          <legend>Color</legend>
          <div className="swatches">
            {[null, ...TAG_COLORS].map((c) => (
              <label
                key={c ?? "none"}
                className="swatch"
                data-color={c ?? undefined}
                title={c ? TAG_COLOR_LABELS[c] : "No color"}
              >
                <input
                  type="radio"
                  name={`${id}-color`}
                  checked={chosen === c}
                  onChange={() => {
                    setChosen(c);
                    void actions.color(tag, c);
                  }}
                />
                <span className="visually-hidden">{c ? TAG_COLOR_LABELS[c] : "No color"}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {item && (
        <button
          type="button"
          className="button button-small button-danger tag-menu-delete"
          onClick={async () => {
            if (await actions.remove(tag)) onClose();
          }}
        >
          Delete tag
        </button>
      )}
    </MenuPopover>
  );
}
