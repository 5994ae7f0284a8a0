/**
 * Markdown export, for Obsidian and other note tools.
 *
 *   toMarkdownFolder(items: ExportItem[]): { path: string; content: string }[]   one .md per paper
 *   toMarkdownFile(items: ExportItem[]): string                                    one file, a section each
 *   frontMatter(item: ExportItem): Record<string, unknown>                         the per-paper metadata
 *
 * A per-paper file starts with YAML front matter written by the `yaml` package, quoting every string a
 * YAML 1.1 or 1.2 reader could take for something else (title, authors, year,
 * venue, tags, status, priority, starred, links, doi, arxiv, url, id, added, read; absent values are
 * left out), then the note as the body, then the highlights as "> quote" blockquotes each followed by
 * its comment. File names come from the titles (filenames.ts): safe everywhere and unique.
 */
import { Document, Scalar, visit } from "yaml";
import { uniqueFileNames } from "./filenames";
import type { ExportItem } from "./types";

export function frontMatter({ paper, state }: ExportItem): Record<string, unknown> {
  return {
    title: paper.title,
    authors: paper.authors,
    year: paper.year,
    venue: paper.venue,
    tags: state.tags,
    status: state.status,
    priority: state.priority,
    starred: state.starred,
    links: paper.links,
    doi: paper.doi,
    arxiv: paper.arxivId,
    url: paper.url,
    id: paper.id,
    added: paper.addedAt,
    read: state.readAt,
  };
}

/**
 * Text that came from papers (titles, authors, quotes from abstracts) is data, not Markdown: HTML in it
 * is escaped so a Markdown viewer shows it as text instead of running it. The user's own note is kept
 * as the Markdown they wrote.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function highlights(item: ExportItem, heading: string): string {
  const sorted = [...item.state.highlights].sort((a, b) => a.start - b.start);
  if (sorted.length === 0) return "";
  const blocks = sorted.map((h) => {
    const quote = escapeHtml(h.quote)
      .split("\n")
      .map((line) => `> ${line}`.trimEnd())
      .join("\n");
    return h.comment.trim() ? `${quote}\n\n${h.comment.trim()}` : quote;
  });
  return `${heading} Highlights\n\n${blocks.join("\n\n")}\n`;
}

/**
 * Plain scalars the YAML 1.2 core schema reads as null, bool, int or float. Writing with YAML 1.1 rules
 * already quotes nearly all of them ("yes", "on", dates, "1e5"…); 1.2's octal "0o17" is the one 1.1
 * leaves plain, and the full 1.2 list is checked so no other gap can hide.
 */
const YAML_12_NON_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))?$/;

function frontMatterYaml(item: ExportItem): string {
  // YAML 1.1 rules quote "yes", "no", "on", dates… so YAML 1.1 and 1.2 readers get the same strings.
  const doc = new Document(frontMatter(item), { version: "1.1" });
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && YAML_12_NON_STRING.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

function paperFile(item: ExportItem): string {
  const yaml = frontMatterYaml(item);
  const note = item.state.note.trim();
  const parts = [`---\n${yaml}---\n`];
  if (note) parts.push(`${note}\n`);
  const marks = highlights(item, "##");
  if (marks) parts.push(marks);
  return parts.join("\n");
}

export function toMarkdownFolder(items: ExportItem[]): { path: string; content: string }[] {
  const names = uniqueFileNames(
    items.map((i) => i.paper.title),
    ".md",
  );
  return items.map((item, i) => ({ path: names[i] ?? `${item.paper.id}.md`, content: paperFile(item) }));
}

function metaList({ paper, state }: ExportItem): string {
  const lines: string[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value) lines.push(`- **${label}:** ${escapeHtml(value)}`);
  };
  add("Authors", paper.authors.join(", "));
  add("Year", paper.year?.toString());
  add("Venue", paper.venue);
  add(
    "Status",
    `${state.status}${state.starred ? ", starred" : ""}${state.priority !== "none" ? `, ${state.priority} priority` : ""}`,
  );
  add("Tags", state.tags.join(", "));
  add("DOI", paper.doi);
  add("arXiv", paper.arxivId);
  add("URL", paper.url);
  add("Links", paper.links.filter((l) => l !== paper.url).join(" "));
  add("Id", paper.id);
  return lines.join("\n");
}

export function toMarkdownFile(items: ExportItem[]): string {
  const sections = items.map((item) => {
    const parts = [`## ${escapeHtml(item.paper.title.replace(/\s+/g, " ").trim())}`, metaList(item)];
    const note = item.state.note.trim();
    if (note) parts.push(note);
    const marks = highlights(item, "###").trim();
    if (marks) parts.push(marks);
    return parts.join("\n\n");
  });
  return `# Reading list\n\n${sections.join("\n\n")}\n`;
}
