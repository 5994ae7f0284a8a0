/** The import preview: where from, what format, the counts, and the papers each count stands for. */
import type { ImportPreview } from "../../shared/api/contract";
import { IMPORT_FORMAT_LABELS } from "../../shared/api/format-labels";
import type { ImportSource } from "../lib/transfer";

interface ImportPreviewViewProps {
  preview: ImportPreview;
  source: ImportSource | undefined;
  keywordsAsTags: boolean;
  onKeywordsAsTags(on: boolean): void;
  busy: boolean;
}

export function ImportPreviewView({ preview, source, keywordsAsTags, onKeywordsAsTags, busy }: ImportPreviewViewProps) {
  const entries = `${preview.entries} ${preview.entries === 1 ? "entry" : "entries"}`;
  return (
    <div className="import-preview">
      <p className="import-source">
        <span className="import-source-name">{source?.filename ?? "Pasted text"}</span>
        <span className="import-source-meta">
          {IMPORT_FORMAT_LABELS[preview.format]} · {entries}
        </span>
      </p>
      <p className="import-counts">
        <span className="import-count import-count-new">
          <strong>{preview.added}</strong> new
        </span>
        {", "}
        <span className="import-count">
          <strong>{preview.merged}</strong> merged
        </span>
        {", "}
        <span className="import-count">
          <strong>{preview.skipped}</strong> skipped
        </span>
      </p>
      {preview.format !== "folio-json" && (
        <label className="transfer-check">
          <input
            type="checkbox"
            checked={keywordsAsTags}
            disabled={busy}
            onChange={(e) => onKeywordsAsTags(e.target.checked)}
          />
          Use keywords as tags
        </label>
      )}
      <div className="import-lists">
        <EntryList title="New" total={preview.added} items={preview.addedTitles} />
        <EntryList
          title="Merged into papers you have"
          hint="Missing details, tags and notes are added; nothing of yours is overwritten."
          total={preview.merged}
          items={preview.mergedTitles}
        />
        <EntryList
          title="Skipped"
          total={preview.skipped}
          items={preview.skippedEntries.map((s) => `${s.title || "(no title)"} — ${s.reason}`)}
        />
        <EntryList
          title="Problems in the file"
          total={preview.problems.length}
          items={preview.problems.map((p) => `Line ${p.line}: ${p.message}`)}
          tone="warning"
        />
        {preview.entries === 0 && <p className="muted">The file holds no entries.</p>}
      </div>
    </div>
  );
}

interface EntryListProps {
  title: string;
  hint?: string;
  total: number;
  items: readonly string[];
  tone?: "warning";
}

function EntryList({ title, hint, total, items, tone }: EntryListProps) {
  if (total === 0) return null;
  const more = total - items.length;
  return (
    <section className={`import-list${tone ? ` import-list-${tone}` : ""}`} aria-label={title}>
      <h3 className="import-list-title">
        {title} <span className="import-list-count">{total}</span>
      </h3>
      {hint && <p className="import-list-hint">{hint}</p>}
      <ul>
        {items.map((item, i) => (
          // Titles may repeat (two entries of one paper), so the position is part of the key.
          // biome-ignore lint/suspicious/noArrayIndexKey: a static list, never reordered
          <li key={`${i}:${item}`}>{item}</li>
        ))}
        {more > 0 && <li className="import-list-more">… and {more} more</li>}
      </ul>
    </section>
  );
}
