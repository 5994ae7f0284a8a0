/**
 * The note preview's Markdown options on a table of hostile notes, rendered to static HTML (no DOM
 * needed): nothing executable, no image ever loaded, only http(s)/mailto/fragment links.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import Markdown from "react-markdown";
import { describe, expect, it } from "vitest";
import { NOTE_MARKDOWN_OPTIONS, noteMarkdownUrl } from "../../../renderer/lib/markdown";

/** Rendered as the app does, with images shown as their alt text (NotePreview's `img` component). */
function render(note: string): string {
  return renderToStaticMarkup(
    createElement(
      Markdown,
      { ...NOTE_MARKDOWN_OPTIONS, components: { img: ({ alt }) => createElement("span", null, `[${alt ?? ""}]`) } },
      note,
    ),
  );
}

const HOSTILE: [string, string][] = [
  ["script tag", "<script>alert(1)</script>"],
  ["img onerror", "<img src=x onerror=alert(1)>"],
  ["svg onload", '<svg onload="alert(1)"><circle r="5"/></svg>'],
  ["iframe", '<iframe src="https://remote.example/"></iframe>'],
  ["inline html in a paragraph", "text <b onmouseover=alert(1)>bold</b> more"],
  ["javascript link", "[x](javascript:alert(1))"],
  ["upper-case javascript link", "[x](JAVASCRIPT:alert(1))"],
  ["entity-encoded javascript link", "[x](jav&#x61;script:alert(1))"],
  ["percent-encoded scheme", "[x](javascript%3Aalert(1))"],
  ["data link", "[x](data:text/html,<script>alert(1)</script>)"],
  ["vbscript link", "[x](vbscript:msgbox(1))"],
  ["angle-bracket destination", "[x](<javascript:alert(1)>)"],
  ["autolink", "<javascript:alert(1)>"],
  ["reference link", "[x][r]\n\n[r]: javascript:alert(1)"],
  ["remote image", "![x](https://remote.example/img.png)"],
  ["reference image", "![x][i]\n\n[i]: https://remote.example/img.png"],
  ["data image", "![x](data:image/svg+xml;base64,PHN2Zy8+)"],
  ["escaped script", "&lt;script&gt;alert(1)&lt;/script&gt;"],
  ["file link", "[x](file:///etc/passwd)"],
  ["protocol-relative link", "[x](//remote.example/x)"],
];

describe("the note preview on hostile notes", () => {
  it.each(HOSTILE)("renders %s inert", (_label, note) => {
    const html = render(note);
    expect(html).not.toMatch(/<(script|img|svg|iframe|object|embed|style|link|meta|base|form)\b/i);
    // React escapes text, so every "<" left starts a real element: no event handler attribute in any.
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    for (const [, url] of html.matchAll(/\b(?:href|src)="([^"]*)"/g)) {
      expect(url).toMatch(/^(https?:\/\/|mailto:|#)/);
    }
    expect(html).not.toContain("remote.example/img.png");
  });

  it("shows escaped HTML as text", () => {
    expect(render("&lt;script&gt;alert(1)&lt;/script&gt;")).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
  });

  it("shows raw HTML as the text that was typed", () => {
    expect(render("<script>alert(1)</script>")).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    expect(render("> <div>\n> quoted\n> </div>")).toBe(
      "<blockquote>\n<p>&lt;div&gt;\nquoted\n&lt;/div&gt;</p>\n</blockquote>",
    );
    expect(render("a <kbd>Ctrl</kbd> b")).toBe("<p>a &lt;kbd&gt;Ctrl&lt;/kbd&gt; b</p>");
    expect(render('<img src=x onerror="alert(1)">')).toBe("<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>");
  });

  it("shows an image as its alt text", () => {
    expect(render("![a chart](https://remote.example/img.png)")).toBe("<p><span>[a chart]</span></p>");
  });

  it("keeps safe links, code blocks, lists and tables", () => {
    const html = render(
      [
        "[site](https://example.org/a?b=1) and <https://example.org/auto> and [me](mailto:me@example.org)",
        "",
        "```ts",
        "const x = 1 < 2;",
        "```",
        "",
        "- one",
        "- [x] done",
        "",
        "| a | b |",
        "| - | - |",
        "| 1 | 2 |",
      ].join("\n"),
    );
    expect(html).toContain('<a href="https://example.org/a?b=1">site</a>');
    expect(html).toContain('<a href="https://example.org/auto">https://example.org/auto</a>');
    expect(html).toContain('<a href="mailto:me@example.org">me</a>');
    expect(html).toContain('<pre><code class="language-ts">const x = 1 &lt; 2;\n</code></pre>');
    expect(html).toMatch(/<ul[^>]*>\s*<li>one<\/li>/);
    expect(html).toContain('<input type="checkbox" disabled="" checked=""/>');
    expect(html).toMatch(/<table>.*<th>a<\/th>.*<td>2<\/td>.*<\/table>/s);
  });
});

describe("noteMarkdownUrl", () => {
  it("passes safe link targets and drops everything else", () => {
    expect(noteMarkdownUrl("https://example.org/", "href")).toBe("https://example.org/");
    expect(noteMarkdownUrl("mailto:a@b.org", "href")).toBe("mailto:a@b.org");
    expect(noteMarkdownUrl("#user-content-fn-1", "href")).toBe("#user-content-fn-1");
    expect(noteMarkdownUrl("javascript:alert(1)", "href")).toBeUndefined();
  });

  it("never lets an image source through, even a harmless-looking one", () => {
    expect(noteMarkdownUrl("https://example.org/x.png", "src")).toBeUndefined();
    expect(noteMarkdownUrl("https://example.org/x", "cite")).toBeUndefined();
  });
});
