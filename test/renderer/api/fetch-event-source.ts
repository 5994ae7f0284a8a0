/** A minimal EventSource over fetch for Node 20 (which has none), enough for the bridge's `on`. */
import type { EventSourceLike } from "../../../renderer/api/http-client";
import { parseSse } from "../../main/server/helpers";

export class FetchEventSource implements EventSourceLike {
  static readonly opened: FetchEventSource[] = [];
  private readonly controller = new AbortController();
  private readonly listeners = new Map<string, ((e: { data: string }) => void)[]>();
  closed = false;
  /** Resolves once the stream's response has arrived (so events sent after it are not missed). */
  readonly ready: Promise<void>;

  constructor(readonly url: string) {
    FetchEventSource.opened.push(this);
    this.ready = this.run();
  }

  addEventListener(type: string, listener: (e: { data: string }) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.closed = true;
    this.controller.abort();
  }

  private async run(): Promise<void> {
    const res = await fetch(this.url, { signal: this.controller.signal });
    if (!res.ok || !res.body) throw new Error(`event stream refused: HTTP ${res.status}`);
    void this.pump(res.body.pipeThrough(new TextDecoderStream()).getReader());
  }

  private async pump(reader: ReadableStreamDefaultReader<string>): Promise<void> {
    let buffer = "";
    try {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) return;
        const parsed = parseSse(buffer + chunk.value);
        buffer = parsed.rest;
        for (const m of parsed.messages) for (const l of this.listeners.get(m.event) ?? []) l({ data: m.data });
      }
    } catch (err) {
      if (!this.closed) throw err; // an abort after close() is the expected end
    }
  }
}
