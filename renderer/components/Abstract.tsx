/**
 * The whole abstract: its http(s) links clickable (opened outside the app), other known links below,
 * highlights drawn as <mark>, and the floating "Highlight" button over a selection inside it. The
 * paragraph's text is exactly the abstract (no extra characters), so DOM offsets map onto it.
 */
import { Fragment, type ReactNode, type RefObject, useRef } from "react";
import { clipSegments, type Segment, type TextSpan } from "../lib/highlights";
import { linkify, safeWebUrl } from "../lib/links";
import { useSearchRanges } from "../state/searchHighlight";
import { HighlightAction } from "./HighlightAction";
import { Hits } from "./Highlighted";

function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

interface AbstractProps {
  text: string;
  links: readonly string[];
  /** The abstract cut by highlights (`anchorHighlights`). */
  segments: readonly Segment[];
  /** The highlight whose comment has the focus: drawn stronger. */
  activeId?: string | undefined;
  rootRef: RefObject<HTMLParagraphElement | null>;
  onHighlight(span: TextSpan): void;
}

export function Abstract({ text, links, segments, activeId, rootRef, onHighlight }: AbstractProps) {
  const wrapper = useRef<HTMLDivElement>(null);
  const { segments: parts, extra } = linkify(text, links);
  // The list's search words, marked inside and outside the user's highlights alike.
  const hits = useSearchRanges(text);
  const marked = (from: number, to: number): ReactNode[] =>
    clipSegments(segments, from, to).map((s) =>
      s.ids.length === 0 ? (
        <Fragment key={s.start}>
          <Hits text={text} ranges={hits} from={s.start} to={s.end} />
        </Fragment>
      ) : (
        <mark
          key={s.start}
          className={`highlight-mark${s.ids.length > 1 ? " is-overlap" : ""}`}
          data-highlight-ids={s.ids.join(" ")}
          data-active={activeId !== undefined && s.ids.includes(activeId) ? "" : undefined}
        >
          <Hits text={text} ranges={hits} from={s.start} to={s.end} />
        </mark>
      ),
    );
  let at = 0;
  return (
    <>
      {text.trim() === "" ? (
        <p className="muted">No abstract.</p>
      ) : (
        <div className="abstract-wrap" ref={wrapper}>
          <p className="abstract" ref={rootRef}>
            {parts.map((part) => {
              const from = at;
              at += part.text.length;
              return part.kind === "link" ? (
                <ExternalLink key={from} href={part.href}>
                  {marked(from, at)}
                </ExternalLink>
              ) : (
                <Fragment key={from}>{marked(from, at)}</Fragment>
              );
            })}
          </p>
          <HighlightAction root={rootRef} wrapper={wrapper} text={text} onHighlight={onHighlight} />
        </div>
      )}
      {extra.length > 0 && (
        <ul className="link-list" aria-label="Links">
          {extra.map((href) =>
            safeWebUrl(href) ? (
              <li key={href}>
                <ExternalLink href={href}>{href}</ExternalLink>
              </li>
            ) : null,
          )}
        </ul>
      )}
    </>
  );
}
