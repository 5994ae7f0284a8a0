/**
 * The sidebar: status, starred and priority filters, the tag tree (several tags at once, any or all),
 * each tag's menu, and the theme. Counts are live. A pressed filter pressed again is cleared.
 */
import { type ReactNode, useState } from "react";
import type { LibraryStats } from "../../shared/api/contract";
import { tagKey } from "../../shared/model/tags";
import { PRIORITIES, type Priority, STATUSES } from "../../shared/model/user-state";
import { PRIORITY_LABELS } from "../lib/bulk";
import { STATUS_LABELS } from "../lib/format";
import { type ListQuery, TAG_MODES, type TagMode } from "../lib/list-query";
import type { Theme } from "../state/useTheme";
import { FilterButton } from "./FilterButton";
import { StatusDot } from "./StatusDot";
import { TagMenu, type TagMenuActions } from "./TagMenu";
import { TagTree } from "./TagTree";
import { ThemeControl } from "./ThemeControl";

export type SidebarFilters = Pick<ListQuery, "status" | "tags" | "tagMode" | "priority" | "starred">;

interface SidebarProps {
  stats: LibraryStats | undefined;
  filters: SidebarFilters;
  onFilters(patch: Partial<SidebarFilters>): void;
  /** Clear every sidebar filter. */
  onAll(): void;
  tagActions: TagMenuActions;
  theme: Theme;
  onTheme(theme: Theme): void;
  /** Shown above the theme control (the import and export buttons). */
  footer?: ReactNode;
  /** The "Smart lists" section (SmartLists), shown above the tags. */
  smartLists?: ReactNode;
}

/** The priorities offered as filters, highest first ("none" is what most papers have). */
const PRIORITY_FILTERS = PRIORITIES.filter((p): p is Exclude<Priority, "none"> => p !== "none").reverse();

export function Sidebar(props: SidebarProps) {
  const { stats, filters, onFilters, onAll, tagActions, theme, onTheme, footer, smartLists } = props;
  const { status, tags, tagMode, priority, starred } = filters;
  const [menu, setMenu] = useState<{ tag: string; anchor: HTMLElement }>();
  const allActive = status === undefined && tags.length === 0 && priority === undefined && !starred;

  const toggleTag = (tag: string) => {
    const has = tags.some((t) => tagKey(t) === tagKey(tag));
    onFilters({ tags: has ? tags.filter((t) => tagKey(t) !== tagKey(tag)) : [...tags, tag] });
  };

  return (
    <nav className="sidebar" aria-label="Library">
      <div className="brand">
        <h1>Folio</h1>
      </div>
      <h2 className="sidebar-heading">Status</h2>
      <ul className="filter-list">
        <li>
          <FilterButton
            label="All"
            count={stats?.total}
            pressed={allActive}
            onClick={onAll}
            icon={<span className="filter-icon filter-icon-all" aria-hidden="true" />}
          />
        </li>
        {STATUSES.map((s) => (
          <li key={s}>
            <FilterButton
              label={STATUS_LABELS[s]}
              count={stats?.byStatus[s]}
              pressed={status === s}
              onClick={() => onFilters({ status: status === s ? undefined : s })}
              icon={<StatusDot status={s} text="none" />}
            />
          </li>
        ))}
        <li>
          <FilterButton
            label="Starred"
            count={stats?.starred}
            pressed={starred}
            onClick={() => onFilters({ starred: !starred })}
            icon={
              <span className="filter-icon filter-icon-star" aria-hidden="true">
                ★
              </span>
            }
          />
        </li>
      </ul>
      <h2 className="sidebar-heading">Priority</h2>
      <ul className="filter-list">
        {PRIORITY_FILTERS.map((p) => (
          <li key={p}>
            <FilterButton
              label={PRIORITY_LABELS[p]}
              count={undefined}
              pressed={priority === p}
              onClick={() => onFilters({ priority: priority === p ? undefined : p })}
              icon={<span className={`filter-icon priority-icon priority-${p}`} aria-hidden="true" />}
            />
          </li>
        ))}
      </ul>
      {smartLists}
      <div className="sidebar-heading-row">
        <h2 className="sidebar-heading">Tags</h2>
        {tags.length > 1 && <TagModeSwitch value={tagMode} onChange={(m) => onFilters({ tagMode: m })} />}
      </div>
      {stats && stats.tags.length === 0 ? (
        <p className="sidebar-empty">No tags yet. Add one from a paper’s details.</p>
      ) : (
        <TagTree
          tags={stats?.tags ?? []}
          selected={tags}
          onToggle={toggleTag}
          menuFor={menu?.tag}
          onMenu={(tag, anchor) => setMenu((m) => (m && tagKey(m.tag) === tagKey(tag) ? undefined : { tag, anchor }))}
        />
      )}
      {menu && (
        <TagMenu
          key={tagKey(menu.tag)}
          tag={menu.tag}
          item={stats?.tags.find((t) => tagKey(t.name) === tagKey(menu.tag))}
          allTags={stats?.tags ?? []}
          anchor={menu.anchor}
          actions={tagActions}
          onClose={() => setMenu(undefined)}
        />
      )}
      <div className="sidebar-footer">
        {footer}
        <ThemeControl value={theme} onChange={onTheme} />
      </div>
    </nav>
  );
}

function TagModeSwitch({ value, onChange }: { value: TagMode; onChange(mode: TagMode): void }) {
  return (
    <fieldset className="tag-mode">
      <legend className="visually-hidden">Match</legend>
      {TAG_MODES.map((m) => (
        <label key={m} className="tag-mode-option">
          <input type="radio" name="tag-mode" checked={value === m} onChange={() => onChange(m)} />
          {m === "any" ? "Any" : "All"}
        </label>
      ))}
    </fieldset>
  );
}
