/** The banner stack: core notices and failed calls, each dismissible; never blocks the window. */
import { useNoticeList } from "../state/notices";

export function Notices() {
  const { notices, dismiss } = useNoticeList();
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notifications">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.level}`} role="alert">
          <span className="notice-icon" aria-hidden="true">
            {n.level === "error" ? "!" : n.level === "warning" ? "!" : "i"}
          </span>
          <p className="notice-message">{n.message}</p>
          <button
            type="button"
            className="icon-button notice-dismiss"
            aria-label="Dismiss"
            onClick={() => dismiss(n.id)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </section>
  );
}
