/**
 * Text with the search's matches wrapped in `<mark class="search-hit">`. The drawn text is exactly the
 * input (marks add no characters), so selections and accessible names are unchanged.
 */
import { Fragment, useMemo } from "react";
import { type HitRange, type HitSource, hitPieces, hitRanges, SEARCH_HIT_CLASS } from "../lib/search-highlight";
import { useSearchRanges } from "../state/searchHighlight";

interface HitsProps {
  text: string;
  ranges: readonly HitRange[];
  /** Draw only text[from, to) (default: all of it). */
  from?: number;
  to?: number;
}

/** `text` (or a span of it) with the given ranges marked. */
export function Hits({ text, ranges, from = 0, to = text.length }: HitsProps) {
  if (ranges.length === 0) return <>{text.slice(from, to)}</>;
  return (
    <>
      {hitPieces(ranges, from, to).map((p) =>
        p.hit ? (
          <mark key={p.start} className={SEARCH_HIT_CLASS}>
            {text.slice(p.start, p.end)}
          </mark>
        ) : (
          <Fragment key={p.start}>{text.slice(p.start, p.end)}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * `text` with matches marked: of `source` when given (a row's `matches`), else of the list's current
 * search (SearchHighlightProvider).
 */
export function Highlighted({ text, source }: { text: string; source?: HitSource | undefined }) {
  const fromSearch = useSearchRanges(source ? "" : text);
  const fromSource = useMemo(() => (source ? hitRanges(text, source) : []), [text, source]);
  return <Hits text={text} ranges={source ? fromSource : fromSearch} />;
}
