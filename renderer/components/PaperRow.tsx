/** One row of the paper list: status, title, star and priority, then colored tag chips and a note mark. */
import { Fragment, type MouseEvent } from "react";
import type { PaperRow as Row } from "../../shared/api/contract";
import { PRIORITY_LABELS } from "../lib/bulk";
import { STATUS_LABELS } from "../lib/format";
import { colorOf, type TagColors } from "../lib/tag-colors";
import { Highlighted } from "./Highlighted";
import { StatusDot } from "./StatusDot";
import { TagChip } from "./TagChip";

/** A row without search words marks nothing (not the list's search, which the row already reflects). */
const NO_MATCHES: readonly string[] = [];

interface PaperRowProps {
  row: Row | undefined;
  index: number;
  total: number;
  selected: boolean;
  /** The row the keyboard is on (shown in the detail pane). */
  current: boolean;
  domId: string;
  top: number;
  height: number;
  colors: TagColors;
  onClick(index: number, id: string, e: MouseEvent): void;
}

export function PaperRow({ row, index, total, selected, current, domId, top, height, colors, onClick }: PaperRowProps) {
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
  const classes = ["paper-row", `status-row-${row.status}`];
  if (selected) classes.push("is-selected");
  if (current) classes.push("is-current");
  return (
    // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the listbox (aria-activedescendant)
    // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys (arrows, j/k, Home/End)
    <div
      id={domId}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={total}
      className={classes.join(" ")}
      style={position}
      onClick={(e) => onClick(index, row.id, e)}
    >
      <div className="paper-row-main">
        <StatusDot status={row.status} text="none" />
        <span className="paper-row-title">
          <Highlighted text={row.title} source={row.matches ?? NO_MATCHES} />
        </span>
        {/* After the title, so the row's accessible name starts with it. */}
        <span className="visually-hidden">, {STATUS_LABELS[row.status]}</span>
        {row.starred && (
          <span className="star-mark" role="img" aria-label="Starred" title="Starred">
            ★
          </span>
        )}
        {row.priority !== "none" && (
          <span
            className={`priority-badge priority-${row.priority}`}
            title={`${PRIORITY_LABELS[row.priority]} priority`}
          >
            {PRIORITY_LABELS[row.priority]}
            <span className="visually-hidden"> priority</span>
          </span>
        )}
      </div>
      {hasMeta && (
        <div className="paper-row-meta">
          <span className="chips">
            {row.tags.map((t) => (
              // The space separates the tags in the row's accessible name; flex layout ignores it.
              <Fragment key={t}>
                <TagChip
                  name={t}
                  color={colorOf(colors, t)}
                  label={row.matches ? <Highlighted text={t} source={row.matches} /> : undefined}
                />{" "}
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
