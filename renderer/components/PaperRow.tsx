/**
 * One list row: status mark, title, tags as chips, and a mark when the paper has a note. Rows are not
 * focusable themselves: focus stays on the listbox, which points at the selected row with
 * aria-activedescendant (a row may be removed by virtualization at any time).
 */
import { Fragment } from "react";
import type { PaperRow as Row } from "../../shared/api/contract";
import { STATUS_LABELS } from "../lib/format";
import { StatusDot } from "./StatusDot";

interface PaperRowProps {
  row: Row | undefined;
  index: number;
  total: number;
  selected: boolean;
  domId: string;
  top: number;
  height: number;
  onSelect(id: string): void;
}

export function PaperRow({ row, index, total, selected, domId, top, height, onSelect }: PaperRowProps) {
  const position = { transform: `translateY(${top}px)`, height };
  if (!row) {
    return (
      // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the listbox (aria-activedescendant)
      <div
        id={domId}
        className="paper-row paper-row-loading"
        style={position}
        role="option"
        aria-label="Loading…"
        aria-selected={false}
        aria-disabled="true"
        aria-posinset={index + 1}
        aria-setsize={total}
      >
        <span className="skeleton skeleton-title" />
        <span className="skeleton skeleton-meta" />
      </div>
    );
  }
  const hasMeta = row.tags.length > 0 || row.hasNote;
  return (
    // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the listbox (aria-activedescendant)
    // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys (arrows, j/k, Home/End)
    <div
      id={domId}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={total}
      className={`paper-row status-row-${row.status}${selected ? " is-selected" : ""}`}
      style={position}
      onClick={() => onSelect(row.id)}
    >
      <div className="paper-row-main">
        <StatusDot status={row.status} text="none" />
        <span className="paper-row-title">{row.title}</span>
        {/* After the title, so the row's accessible name starts with it. */}
        <span className="visually-hidden">, {STATUS_LABELS[row.status]}</span>
      </div>
      {hasMeta && (
        <div className="paper-row-meta">
          <span className="chips">
            {row.tags.map((t) => (
              // The space separates the tags in the row's accessible name; flex layout ignores it.
              <Fragment key={t}>
                <span className="chip">{t}</span>{" "}
              </Fragment>
            ))}
          </span>
          {row.hasNote && (
            <span className="note-mark" role="img" aria-label="Has note" title="Has note">
              ✎
            </span>
          )}
        </div>
      )}
    </div>
  );
}
