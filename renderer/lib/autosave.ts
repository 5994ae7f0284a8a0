/**
 * Debounced note saving that never loses typing: edits are coalesced per paper, saves run one at a
 * time in order (a slow older save can never overwrite a newer one), `flush()` saves everything pending
 * now (blur, paper switch, page hide), and a failed save keeps its text until a retry succeeds.
 * Pure: timers are injected so tests drive time by hand.
 */

export type SaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "error"; message: string };

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface AutosaveOptions {
  /** Persist one paper's note; resolves with the time the core acknowledged it. */
  save(id: string, text: string): Promise<{ savedAt: string }>;
  delay?: number;
  /**
   * Also save at once on the first edit after a pause (then debounce the rest of the burst), so a short
   * edit made just before the app goes away is already on its way.
   */
  leading?: boolean;
  timers?: Timers;
  /** Called once per failed save (for a banner); the state of that paper turns to "error" too. */
  onError?(id: string, err: unknown): void;
}

const IDLE: SaveState = Object.freeze({ kind: "idle" });

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === "object" && err !== null && "message" in err && typeof err.message === "string") {
    return err.message;
  }
  return String(err);
}

export class NoteAutosaver {
  private readonly delay: number;
  private readonly timers: Timers;
  /** Latest text per paper not yet handed to `save` (edited, or failed and waiting for a retry). */
  private readonly pending = new Map<string, string>();
  /** Text per paper handed to `save` and not yet acknowledged. */
  private readonly saving = new Map<string, string>();
  private readonly states = new Map<string, SaveState>();
  /** What the core last acknowledged per paper in this session. */
  private readonly acked = new Map<string, { text: string; at: string }>();
  private readonly listeners = new Set<() => void>();
  private timer: unknown;
  private queue: Promise<void> = Promise.resolve();
  /** Saves queued or running; when none, the next save starts synchronously (no microtask hop). */
  private active = 0;

  constructor(private readonly opts: AutosaveOptions) {
    this.delay = opts.delay ?? 600;
    this.timers = opts.timers ?? realTimers;
  }

  /** The user typed: remember the text and (re)start the debounce. */
  edit(id: string, text: string): void {
    this.pending.set(id, text);
    this.setState(id, { kind: "pending" });
    const quiet = this.timer === undefined;
    if (this.timer !== undefined) this.timers.clear(this.timer);
    if (quiet && this.opts.leading) void this.flush();
    this.timer = this.timers.set(() => {
      this.timer = undefined;
      void this.flush();
    }, this.delay);
  }

  /** Save everything pending now; resolves when those saves are done (successful or not). */
  flush(): Promise<void> {
    if (this.timer !== undefined) {
      this.timers.clear(this.timer);
      this.timer = undefined;
    }
    const batch = [...this.pending];
    this.pending.clear();
    for (const [id, text] of batch) {
      this.saving.set(id, text);
      this.setState(id, { kind: "saving" });
      const run = () => this.saveOne(id, text);
      const started = this.active === 0 ? run() : this.queue.then(run);
      this.active += 1;
      this.queue = started.finally(() => {
        this.active -= 1;
      });
    }
    return this.queue;
  }

  /** The newest text for a paper that the core may not have yet, if any. */
  latest(id: string): string | undefined {
    return this.pending.get(id) ?? this.saving.get(id);
  }

  /** The text and time of this session's last successful save of a paper's note. */
  lastSaved(id: string): { text: string; at: string } | undefined {
    return this.acked.get(id);
  }

  hasUnsaved(): boolean {
    return this.pending.size > 0 || this.saving.size > 0;
  }

  state(id: string): SaveState {
    // The same object until the state changes, so React's useSyncExternalStore sees a stable snapshot.
    return this.states.get(id) ?? IDLE;
  }

  /** An arrow property, so it can be handed to React's useSyncExternalStore as is. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private async saveOne(id: string, text: string): Promise<void> {
    try {
      const { savedAt } = await this.opts.save(id, text);
      this.acked.set(id, { text, at: savedAt });
      if (this.saving.get(id) === text) this.saving.delete(id);
      if (!this.pending.has(id) && !this.saving.has(id)) this.setState(id, { kind: "saved", at: savedAt });
    } catch (err) {
      if (this.saving.get(id) === text) this.saving.delete(id);
      // Keep the text for a retry unless the user has typed something newer meanwhile.
      if (!this.pending.has(id)) this.pending.set(id, text);
      this.setState(id, { kind: "error", message: errorMessage(err) });
      this.opts.onError?.(id, err);
    }
  }

  private setState(id: string, state: SaveState): void {
    this.states.set(id, state);
    for (const listener of this.listeners) listener();
  }
}
