/**
 * A smart list's menu (a small non-modal dialog by its "⋯" button): rename, or delete (undoable: the
 * toast offers it). Esc or a click outside closes it; the focus goes back to the button.
 */
import { type FormEvent, useId, useRef, useState } from "react";
import type { SmartList } from "../../shared/api/contract";
import { MenuPopover } from "./MenuPopover";
import { RenameForm } from "./RenameForm";

export interface SmartListMenuActions {
  rename(id: string, name: string): Promise<boolean>;
  remove(id: string): Promise<boolean>;
}

interface SmartListMenuProps {
  list: SmartList;
  anchor: HTMLElement;
  actions: SmartListMenuActions;
  onClose(): void;
}

export function SmartListMenu({ list, anchor, actions, onClose }: SmartListMenuProps) {
  const [name, setName] = useState(list.name);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const target = name.trim();
  const unchanged = target === "" || target === list.name;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (unchanged) return;
    if (await actions.rename(list.id, target)) onClose();
  };

  return (
    <MenuPopover
      anchor={anchor}
      label={`Smart list ${list.name}`}
      className="smart-list-menu"
      height={160}
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
        maxLength={200}
      />
      <button
        type="button"
        className="button button-small button-danger tag-menu-delete"
        onClick={async () => {
          if (await actions.remove(list.id)) onClose();
        }}
      >
        Delete smart list
      </button>
    </MenuPopover>
  );
}
