/** The star as a toggle button: its name stays "Star", `aria-pressed` says whether it is on. */

interface StarToggleProps {
  starred: boolean;
  onChange(starred: boolean): void;
}

export function StarToggle({ starred, onChange }: StarToggleProps) {
  return (
    <button
      type="button"
      className="star-toggle"
      aria-pressed={starred}
      aria-label="Star"
      title={starred ? "Starred (click to unstar)" : "Star this paper"}
      onClick={() => onChange(!starred)}
    >
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <path
          d="M12 3.2l2.7 5.6 6.1.8-4.5 4.2 1.1 6.1L12 17l-5.4 2.9 1.1-6.1-4.5-4.2 6.1-.8z"
          fill={starred ? "currentColor" : "none"}
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinejoin="round"
        />
      </svg>
    </button>
  );
}
