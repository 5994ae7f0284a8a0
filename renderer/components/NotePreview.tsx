/**
 * The note rendered as Markdown (GFM: tables, task lists, strikethrough, footnotes), safely: raw HTML
 * shows as the text typed (never parsed), only http(s)/mailto/fragment links survive (opened outside the app: Electron's main
 * process hands target=_blank links to the system browser), and images are never loaded (their alt
 * text is shown instead).
 */
import type { ComponentProps } from "react";
import Markdown, { type Components } from "react-markdown";
import { isFragment } from "../lib/links";
import { NOTE_MARKDOWN_OPTIONS } from "../lib/markdown";
import { rehypeSearchHits } from "../lib/search-highlight";
import { useSearchQuery } from "../state/searchHighlight";

type WithNode<T extends keyof React.JSX.IntrinsicElements> = ComponentProps<T> & { node?: unknown };

function NoteLink({ href, children, node: _node, ...rest }: WithNode<"a">) {
  if (!href) return <span className="dropped-link">{children}</span>;
  if (isFragment(href)) {
    // In-page links (GFM footnotes): scroll there without touching location.hash, which may hold the session token.
    return (
      <a
        {...rest}
        href={href}
        onClick={(e) => {
          e.preventDefault();
          document.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView({ block: "nearest" });
        }}
      >
        {children}
      </a>
    );
  }
  return (
    <a {...rest} href={href} target="_blank" rel="noopener noreferrer" title={href}>
      {children}
    </a>
  );
}

function ImageAlt({ alt }: WithNode<"img">) {
  return alt ? <span className="image-alt">[{alt}]</span> : null;
}

/** Wide tables scroll inside the note instead of widening the pane. */
function Table({ node: _node, ...rest }: WithNode<"table">) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <div className="table-scroll" tabIndex={0}>
      <table {...rest} />
    </div>
  );
}

/** Note headings are already h4-h6 (remarkNestHeadings); an h2 left is GFM's hidden "Footnotes" label. */
const components: Components = { a: NoteLink, img: ImageAlt, table: Table, h2: "h4" };

export function NotePreview({ text }: { text: string }) {
  // The list's search words are marked in the rendered note too.
  const search = useSearchQuery();
  if (text.trim() === "") return <p className="muted">Nothing to preview yet.</p>;
  return (
    <div className="markdown">
      <Markdown
        {...NOTE_MARKDOWN_OPTIONS}
        components={components}
        rehypePlugins={search ? [[rehypeSearchHits, search]] : []}
      >
        {text}
      </Markdown>
    </div>
  );
}
