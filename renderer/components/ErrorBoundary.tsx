/** Catches render errors so a bug shows a message and a way out, never a blank window. */
import { Component, type ErrorInfo, type ReactNode } from "react";

interface ErrorBoundaryProps {
  children: ReactNode;
  /** What failed, for the message: "Folio", "The paper details". */
  label?: string;
  /** A change of this value clears the error (e.g. selecting another paper). */
  resetKey?: unknown;
  /** Take the whole window (the outermost boundary) rather than one pane. */
  fullPage?: boolean;
}

interface ErrorBoundaryState {
  error: Error | undefined;
  resetKey: unknown;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState) {
    return props.resetKey === state.resetKey ? null : { error: undefined, resetKey: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[folio] ${this.props.label ?? "The window"} crashed:`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const body = (
      <div className="crash" role="alert">
        <p className="empty-title">{this.props.label ?? "Folio"} ran into a problem.</p>
        <p className="muted">{error.message}</p>
        <div className="crash-actions">
          <button type="button" className="button" onClick={() => this.setState({ error: undefined })}>
            Try again
          </button>
          {this.props.fullPage && (
            <button type="button" className="button" onClick={() => window.location.reload()}>
              Reload
            </button>
          )}
        </div>
      </div>
    );
    return this.props.fullPage ? <main className="crash-page">{body}</main> : body;
  }
}
