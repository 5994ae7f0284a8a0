/**
 * Actions on a selection of two or more papers: status, priority, add/remove a tag, star, delete (after
 * a confirmation). Each is one call, so one undo reverts it for every paper.
 */
import { useId, useState } from "react";
import type { TagCount } from "../../shared/api/contract";
import { PRIORITIES, type Priority, type ReadStatus, STATUSES } from "../../shared/model/user-state";
import { PRIORITY_LABELS } from "../lib/bulk";
import { countPapers, STATUS_LABELS } from "../lib/format";
import { parseTagInput } from "../lib/tags";
import { ConfirmDialog } from "./ConfirmDialog";

export interface BulkHandlers {
  setStatus(status: ReadStatus): void;
  setPriority(priority: Priority): void;
  setStarred(starred: boolean): void;
  addTags(tags: string[]): void;
  removeTag(tag: string): void;
  remove(): void;
  clear(): void;
}

interface BulkBarProps {
  count: number;
  allTags: readonly TagCount[];
  on: BulkHandlers;
  onInvalid(message: string): void;
}

export function BulkBar({ count, allTags, on, onInvalid }: BulkBarProps) {
  const [tagText, setTagText] = useState("");
  const [confirming, setConfirming] = useState(false);
  const tagsId = useId();
  const papers = countPapers(count);

  const addTag = () => {
    const { tags, errors } = parseTagInput(tagText, []);
    if (errors[0]) onInvalid(errors[0]);
    if (tags.length > 0) {
      on.addTags(tags);
      setTagText("");
    }
  };

  return (
    <section className="bulk-bar" aria-label="Bulk actions">
      <div className="bulk-row">
        <span className="bulk-count" role="status">
          {papers} selected
        </span>
        <button type="button" className="link-button bulk-clear" onClick={on.clear}>
          Clear selection
        </button>
      </div>
      <div className="bulk-row">
        <select
          aria-label="Set status"
          value=""
          onChange={(e) => {
            const s = STATUSES.find((x) => x === e.target.value);
            if (s) on.setStatus(s);
          }}
        >
          <option value="" disabled>
            Status…
          </option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <select
          aria-label="Set priority"
          value=""
          onChange={(e) => {
            const p = PRIORITIES.find((x) => x === e.target.value);
            if (p) on.setPriority(p);
          }}
        >
          <option value="" disabled>
            Priority…
          </option>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {PRIORITY_LABELS[p]}
            </option>
          ))}
        </select>
        <button type="button" className="button button-small" onClick={() => on.setStarred(true)}>
          Star
        </button>
        <button type="button" className="button button-small" onClick={() => on.setStarred(false)}>
          Unstar
        </button>
        <button
          type="button"
          className="button button-small button-danger bulk-delete"
          onClick={() => setConfirming(true)}
        >
          Delete…
        </button>
      </div>
      <div className="bulk-row">
        <form
          className="bulk-tag"
          onSubmit={(e) => {
            e.preventDefault();
            addTag();
          }}
        >
          <input
            type="text"
            aria-label="Tag to add"
            placeholder="Tag…"
            list={tagsId}
            value={tagText}
            onChange={(e) => setTagText(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          <datalist id={tagsId}>
            {allTags.map((t) => (
              <option key={t.name} value={t.name} />
            ))}
          </datalist>
          <button type="submit" className="button button-small" disabled={tagText.trim() === ""}>
            Add tag
          </button>
        </form>
        <select
          aria-label="Remove tag"
          value=""
          disabled={allTags.length === 0}
          onChange={(e) => {
            if (e.target.value) on.removeTag(e.target.value);
          }}
        >
          <option value="" disabled>
            Remove tag…
          </option>
          {allTags.map((t) => (
            <option key={t.name} value={t.name}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      {confirming && (
        <ConfirmDialog
          title={`Delete ${papers}?`}
          message="Their notes and highlights are deleted with them. You can undo this."
          confirmLabel={`Delete ${papers}`}
          onConfirm={() => {
            setConfirming(false);
            on.remove();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
