/** The whole abstract, its http(s) links clickable (opened outside the app), other known links below. */
import { linkify, safeWebUrl } from "../lib/links";

function ExternalLink({ href, children }: { href: string; children: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

export function Abstract({ text, links }: { text: string; links: readonly string[] }) {
  const { segments, extra } = linkify(text, links);
  return (
    <>
      {text.trim() === "" ? (
        <p className="muted">No abstract.</p>
      ) : (
        <p className="abstract">
          {segments.map((s, i) =>
            s.kind === "link" ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: segments are a fixed split of one string
              <ExternalLink key={i} href={s.href}>
                {s.text}
              </ExternalLink>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: segments are a fixed split of one string
              <span key={i}>{s.text}</span>
            ),
          )}
        </p>
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
