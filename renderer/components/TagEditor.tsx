/**
 * The paper's tags as colored chips with a remove button each, and an "Add tag" combobox that suggests
 * existing tags. Enter or a comma adds; ArrowUp/ArrowDown pick a suggestion; Escape closes the suggestions.
 */
import { type Ref, useId, useImperativeHandle, useMemo, useRef, useState } from "react";
import type { TagCount } from "../../shared/api/contract";
import { colorOf, tagColorMap } from "../lib/tag-colors";
import { moveActive, parseTagInput, splitAtLastComma, suggestTags } from "../lib/tags";
import { TagChip } from "./TagChip";

export interface TagEditorHandle {
  /** Put the caret in the "Add tag" input. */
  focus(): void;
}

interface TagEditorProps {
  tags: readonly string[];
  allTags: readonly TagCount[];
  onAdd(tags: string[]): void;
  onRemove(tag: string): void;
  onInvalid(message: string): void;
  ref?: Ref<TagEditorHandle>;
}

export function TagEditor({ tags, allTags, onAdd, onRemove, onInvalid, ref }: TagEditorProps) {
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const suggestions = useMemo(() => suggestTags(allTags, text, tags), [allTags, text, tags]);
  const colors = useMemo(() => tagColorMap(allTags), [allTags]);
  useImperativeHandle(ref, () => ({ focus: () => input.current?.focus() }));
  const expanded = open && suggestions.length > 0;

  function commit(value: string): void {
    const { tags: fresh, errors } = parseTagInput(value, tags);
    if (errors[0]) onInvalid(errors[0]);
    if (fresh.length > 0) onAdd(fresh);
  }

  function pick(tag: string): void {
    commit(tag);
    setText("");
    setActive(-1);
    setOpen(false);
  }

  return (
    <div className="tag-editor">
      {tags.length > 0 && (
        <ul className="tag-list" aria-label="Tags">
          {tags.map((t) => (
            <li key={t}>
              <TagChip name={t} color={colorOf(colors, t)} className="chip-removable">
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove tag ${t}`}
                  onClick={() => {
                    onRemove(t);
                    // The button is about to disappear; keep the keyboard user in the tag editor.
                    input.current?.focus();
                  }}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </TagChip>
            </li>
          ))}
        </ul>
      )}
      <div className="combobox">
        <input
          ref={input}
          type="text"
          role="combobox"
          aria-label="Add tag"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          placeholder="Add tag…"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(e) => {
            const { done, rest } = splitAtLastComma(e.target.value);
            if (done.trim() !== "") commit(done);
            setText(rest);
            setActive(-1);
            setOpen(true);
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown" || e.key === "ArrowUp") {
              e.preventDefault();
              setOpen(true);
              if (suggestions.length === 0) return;
              const delta = e.key === "ArrowDown" ? 1 : -1;
              setActive((a) => moveActive(a, delta, suggestions.length));
            } else if (e.key === "Enter") {
              e.preventDefault();
              const chosen = expanded && active >= 0 ? suggestions[active] : undefined;
              if (chosen !== undefined) pick(chosen);
              else if (text.trim() !== "") pick(text);
            } else if (e.key === "Escape" && expanded) {
              e.preventDefault();
              setOpen(false);
            }
          }}
        />
        <div id={listId} role="listbox" aria-label="Tag suggestions" className="suggestions" hidden={!expanded}>
          {suggestions.map((s, i) => (
            <div
              key={s}
              id={`${listId}-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className={i === active ? "is-active" : undefined}
              // mousedown, not click: picking must not blur the input first.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(s);
              }}
            >
              {s}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
