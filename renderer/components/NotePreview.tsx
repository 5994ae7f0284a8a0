/**
 * The note rendered as Markdown (GFM), safely: raw HTML is dropped, only http(s)/mailto/fragment URLs
 * survive, links open outside the app, and images are never loaded (their alt text is shown instead).
 */
import type { ComponentProps } from "react";
import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { isFragment, noteUrlTransform } from "../lib/links";
import { remarkNestHeadings } from "../lib/markdown";

function NoteLink({ href, children, node: _node, ...rest }: ComponentProps<"a"> & { node?: unknown }) {
  if (!href) return <span>{children}</span>;
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
    <a {...rest} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

function ImageAlt({ alt }: ComponentProps<"img">) {
  return alt ? <span className="image-alt">[{alt}]</span> : null;
}

/** Note headings are already h4-h6 (remarkNestHeadings); an h2 left is GFM's hidden "Footnotes" label. */
const components: Components = { a: NoteLink, img: ImageAlt, h2: "h4" };
const remarkPlugins = [remarkGfm, remarkNestHeadings];

export function NotePreview({ text }: { text: string }) {
  if (text.trim() === "") return <p className="muted">Nothing to preview yet.</p>;
  return (
    <div className="markdown">
      <Markdown remarkPlugins={remarkPlugins} skipHtml urlTransform={noteUrlTransform} components={components}>
        {text}
      </Markdown>
    </div>
  );
}
