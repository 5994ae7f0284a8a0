/** "Keyboard shortcuts": every shortcut of the window, rendered from the one table in lib/shortcuts.ts. */
import { Fragment, useId, useRef } from "react";
import { keyLabels, SEARCH_SYNTAX_HINT, shortcutsByGroup } from "../lib/shortcuts";
import { useModalDialog } from "../state/useModalDialog";
import { IS_MAC } from "../state/useShortcuts";

interface ShortcutsSheetProps {
  open: boolean;
  onClose(): void;
}

export function ShortcutsSheet({ open, onClose }: ShortcutsSheetProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useModalDialog(ref, open, onClose);
  return (
    <dialog ref={ref} className="modal shortcuts-sheet" aria-labelledby={`${id}-title`}>
      {open && (
        <>
          <div className="modal-header">
            <h2 id={`${id}-title`} className="modal-title">
              Keyboard shortcuts
            </h2>
            <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
          <div className="shortcuts-groups">
            {shortcutsByGroup().map(({ group, items }) => (
              <section key={group} className="shortcuts-group" aria-labelledby={`${id}-${group}`}>
                <h3 id={`${id}-${group}`}>{group}</h3>
                <dl>
                  {items.map(({ id: key, shortcut }) => (
                    <div key={key} className="shortcut">
                      <dt>
                        {shortcut.keys.map((spec, i) => (
                          <Fragment key={spec}>
                            {i > 0 && <span className="shortcut-or"> or </span>}
                            <KeyCombo labels={keyLabels(spec, IS_MAC)} />
                          </Fragment>
                        ))}
                      </dt>
                      <dd>{shortcut.description}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
          <p className="muted shortcuts-note">Shortcuts never fire while you type in a text field or the note.</p>
          <p className="muted shortcuts-note">{SEARCH_SYNTAX_HINT}</p>
        </>
      )}
    </dialog>
  );
}

function KeyCombo({ labels }: { labels: string[] }) {
  return (
    <span className="key-combo">
      {labels.map((label, i) => (
        <Fragment key={label}>
          {i > 0 && <span aria-hidden="true">+</span>}
          <kbd>{label}</kbd>
        </Fragment>
      ))}
    </span>
  );
}
