/**
 * The sidebar's "Smart lists": saved searches with live counts. Clicking one shows its query (search
 * text, status, tags, sort) in the list; clicking it again clears it. "Save search…" names the list's
 * current query; each list's menu renames or deletes it (undoable).
 */
import { useId, useState } from "react";
import type { SavedQuery, SmartList } from "../../shared/api/contract";
import { sameSavedQuery } from "../lib/smart-lists";
import type { Actions } from "../state/useActions";
import { FilterButton } from "./FilterButton";
import { SaveSearchDialog } from "./SaveSearchDialog";
import { SmartListMenu, type SmartListMenuActions } from "./SmartListMenu";

interface SmartListsProps {
  lists: readonly SmartList[] | undefined;
  /** The list's current query, as it would be saved. */
  current: SavedQuery;
  /** False while the list shows the default query (nothing to save). */
  canSave: boolean;
  /** Show a smart list's query, or (undefined) clear the search and filters. */
  onApply(query: SavedQuery | undefined): void;
  actions: Actions;
}

export function SmartLists({ lists, current, canSave, onApply, actions }: SmartListsProps) {
  const [menu, setMenu] = useState<{ id: string; anchor: HTMLElement }>();
  const [saving, setSaving] = useState(false);
  const baseId = useId();
  const menuList = menu && lists?.find((l) => l.id === menu.id);
  const savedAs = lists?.find((l) => sameSavedQuery(current, l.query));
  const saveHint = savedAs
    ? `Saved as “${savedAs.name}”`
    : canSave
      ? "Keep this search as a smart list"
      : "Search or filter the list first";

  const menuActions: SmartListMenuActions = {
    rename: async (id, name) =>
      (await actions.write("renameSmartList", { id, name }, "Renaming the smart list failed")) !== undefined,
    remove: async (id) =>
      (await actions.write("deleteSmartList", { id }, "Deleting the smart list failed")) !== undefined,
  };

  return (
    <div className="smart-lists">
      <h2 className="sidebar-heading">Smart lists</h2>
      {lists && lists.length === 0 && <p className="sidebar-empty">Search or filter, then save it here.</p>}
      <ul className="filter-list">
        {lists?.map((list) => {
          const labelId = `${baseId}-${list.id}`;
          const active = sameSavedQuery(current, list.query);
          return (
            <li key={list.id}>
              <div className="tag-node smart-node">
                <FilterButton
                  label={list.name}
                  count={list.count}
                  pressed={active}
                  title={list.query.text || undefined}
                  labelId={labelId}
                  onClick={() => onApply(active ? undefined : list.query)}
                  icon={<span className="filter-icon filter-icon-smart" aria-hidden="true" />}
                />
                <button
                  type="button"
                  className="icon-button tag-menu-button"
                  aria-label="Smart list options"
                  aria-describedby={labelId}
                  aria-haspopup="dialog"
                  aria-expanded={menu?.id === list.id}
                  onClick={(e) => {
                    const anchor = e.currentTarget;
                    setMenu((m) => (m?.id === list.id ? undefined : { id: list.id, anchor }));
                  }}
                >
                  <span aria-hidden="true">⋯</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="link-button save-search-button"
        aria-label="Save search"
        title={saveHint}
        disabled={!canSave || savedAs !== undefined}
        onClick={() => setSaving(true)}
      >
        <span aria-hidden="true" className="save-search-plus">
          +
        </span>{" "}
        Save search…
      </button>
      {menu && menuList && (
        <SmartListMenu
          key={menu.id}
          list={menuList}
          anchor={menu.anchor}
          actions={menuActions}
          onClose={() => setMenu(undefined)}
        />
      )}
      {saving && (
        <SaveSearchDialog
          query={current}
          onClose={() => setSaving(false)}
          onSave={async (name) =>
            (await actions.write("saveSmartList", { name, query: current }, "Saving the search failed")) !== undefined
          }
        />
      )}
    </div>
  );
}
