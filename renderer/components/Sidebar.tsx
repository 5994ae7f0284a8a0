/** Status filters and the tag list, each with live counts. Clicking the active tag again clears it. */
import type { ReactNode } from "react";
import type { LibraryStats } from "../../shared/api/contract";
import { type ReadStatus, STATUSES } from "../../shared/model/user-state";
import { STATUS_LABELS } from "../lib/format";
import { StatusDot } from "./StatusDot";

interface SidebarProps {
  stats: LibraryStats | undefined;
  status: ReadStatus | undefined;
  tags: readonly string[];
  onStatus(status: ReadStatus | undefined): void;
  /** Clear the status and tag filters. */
  onAll(): void;
  onTag(tag: string): void;
}

export function Sidebar({ stats, status, tags, onStatus, onAll, onTag }: SidebarProps) {
  const active = new Set(tags.map((t) => t.toLocaleLowerCase()));
  const allActive = status === undefined && tags.length === 0;
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
              onClick={() => onStatus(status === s ? undefined : s)}
              icon={<StatusDot status={s} text="none" />}
            />
          </li>
        ))}
      </ul>
      <h2 className="sidebar-heading">Tags</h2>
      {stats && stats.tags.length === 0 ? (
        <p className="sidebar-empty">No tags yet. Add one from a paper’s details.</p>
      ) : (
        <ul className="filter-list tag-filter-list">
          {stats?.tags.map((t) => (
            <li key={t.name}>
              <FilterButton
                label={t.name}
                count={t.count}
                pressed={active.has(t.name.toLocaleLowerCase())}
                onClick={() => onTag(t.name)}
                icon={<span className="filter-icon filter-icon-tag" aria-hidden="true" />}
              />
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}

interface FilterButtonProps {
  label: string;
  count: number | undefined;
  pressed: boolean;
  icon: ReactNode;
  onClick(): void;
}

function FilterButton({ label, count, pressed, icon, onClick }: FilterButtonProps) {
  return (
    <button type="button" className="filter-button" aria-pressed={pressed} onClick={onClick}>
      {icon}
      {/* The spaces keep the accessible name "Unread 85", not "Unread85". */}
      <span className="filter-label">{label}</span> <span className="filter-count">{count ?? ""}</span>
    </button>
  );
}
