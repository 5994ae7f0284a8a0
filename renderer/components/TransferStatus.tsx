/** What the import and export dialogs show while they work, and when something went wrong. */

/** An indeterminate progress bar with its label (shown only for work that takes a while). */
export function TransferProgress({ label }: { label: string }) {
  return (
    <div className="transfer-progress">
      <div className="transfer-progress-track" role="progressbar" aria-label={label}>
        <span className="transfer-progress-bar" />
      </div>
      <span className="transfer-progress-label">{label}</span>
    </div>
  );
}

export interface TransferProblem {
  message: string;
  details: string[];
}

/** The error inside the dialog, with its details (line numbers) when there are any. */
export function TransferError({ problem }: { problem: TransferProblem }) {
  const details = problem.details.filter((d) => !problem.message.endsWith(d)).slice(0, 20);
  return (
    <div className="transfer-error" role="alert">
      <p className="transfer-error-message">{problem.message}</p>
      {details.length > 0 && (
        <ul className="transfer-error-details">
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
