/**
 * "Search syntax": a "?" button beside the search box opening a small non-modal dialog that lists what
 * the search box understands (shared/search/query-syntax.ts), with examples. Clicking an example puts it
 * in the search box. Esc or a click outside closes it; the focus goes back to the button.
 */
import { useId, useRef, useState } from "react";
import { usePopover } from "../state/usePopover";

interface SyntaxRow {
  examples: string[];
  meaning: string;
}

const SYNTAX: readonly SyntaxRow[] = [
  {
    examples: ["diffusion models"],
    meaning:
      "Papers with every word, in the title, tags, note, highlights or abstract. The last word matches as you type; words of 5+ letters forgive one typo.",
  },
  { examples: ['"point cloud"'], meaning: "The exact phrase." },
  { examples: ["-survey", '-"large language"'], meaning: "Leave out papers with this word or phrase." },
  {
    examples: ["tag:method", 'tag:"to read"', "-tag:survey"],
    meaning: "Has the tag or one below it: tag:method also finds method/rl. With a minus, has not.",
  },
  { examples: ["status:unread", "-status:read"], meaning: "Unread, reading or read." },
  { examples: ["priority:high", "priority:>low"], meaning: "A priority, or a range with >, >=, <, <=." },
  {
    examples: ["is:starred", "has:note", "has:highlight"],
    meaning: "Starred, with a note, with highlights. A minus in front turns each around.",
  },
  {
    examples: ["added:>2026-01-01", "added:<2026-02", "added:2026-01"],
    meaning: "Added after (>), before (<) or in a day, month or year.",
  },
];

interface SearchHelpProps {
  /** Put an example in the search box. */
  onExample(text: string): void;
}

export function SearchHelp({ onExample }: SearchHelpProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="icon-button search-help-button"
        aria-label="Search syntax"
        title="Search syntax"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">?</span>
      </button>
      {open && button.current && (
        <SearchHelpPopover
          anchor={button.current}
          onClose={() => setOpen(false)}
          onExample={(text) => {
            onExample(text);
            setOpen(false);
          }}
        />
      )}
    </>
  );
}

interface PopoverProps {
  anchor: HTMLElement;
  onClose(): void;
  onExample(text: string): void;
}

function SearchHelpPopover({ anchor, onClose, onExample }: PopoverProps) {
  const box = useRef<HTMLDivElement>(null);
  const id = useId();
  const rect = anchor.getBoundingClientRect();
  // Back to the button on close, unless an example moved the focus on purpose (to the search box).
  usePopover(anchor, box, onClose, () => box.current?.focus(), "if-lost");

  return (
    <div
      ref={box}
      className="popover search-help"
      role="dialog"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      style={{ top: rect.bottom + 6, right: Math.max(8, window.innerWidth - rect.right) }}
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        e.preventDefault();
        e.stopPropagation();
        onClose();
        anchor.focus();
      }}
    >
      <div className="search-help-header">
        <h2 id={`${id}-title`} className="search-help-title">
          Search syntax
        </h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <dl className="search-help-list">
        {SYNTAX.map((row) => (
          <div key={row.examples[0]} className="search-help-row">
            <dt>
              {row.examples.map((ex) => (
                <button
                  key={ex}
                  type="button"
                  className="search-example"
                  title="Search for this"
                  onClick={() => onExample(ex)}
                >
                  <code>{ex}</code>
                </button>
              ))}
            </dt>
            <dd>{row.meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="search-help-note">
        Combine them: <code>tag:vision -survey status:unread</code>. Results come by relevance: title matches first,
        then tags, notes and highlights, then the abstract.
      </p>
    </div>
  );
}
