/**
 * `GET /api/events`: Server-Sent Events. One subscription per event name on the library, fanned out
 * to every open stream; each stream gets the start notices when it connects and a heartbeat comment.
 */
import type { ServerResponse } from "node:http";
import { EVENT_NAMES, type EventName, type FolioEvents } from "../../shared/api/contract";
import type { LibraryEvents } from "../core/events";

export const HEARTBEAT_MS = 25_000;

export function formatEvent<E extends EventName>(event: E, payload: FolioEvents[E]): string {
  // JSON.stringify never emits a raw newline, so the data fits on one `data:` line.
  return `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
}

export class EventStreams {
  private readonly streams = new Set<ServerResponse>();
  private readonly unsubscribe: (() => void)[];
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    events: LibraryEvents,
    private readonly startNotices: readonly string[],
  ) {
    this.unsubscribe = EVENT_NAMES.map((name) => events.on(name, (payload) => this.broadcast(name, payload)));
    this.heartbeat = setInterval(() => this.writeAll(": heartbeat\n\n"), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Take over a response as an event stream until the client goes away or the server closes. */
  open(res: ServerResponse): void {
    // The stream owns its connection: when it ends (server closing), the socket closes with it.
    res.shouldKeepAlive = false;
    res.writeHead(200, { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store" });
    res.write("retry: 2000\n\n");
    for (const message of this.startNotices) res.write(formatEvent("notice", { level: "warning", message }));
    this.streams.add(res);
    res.on("close", () => this.streams.delete(res));
  }

  get size(): number {
    return this.streams.size;
  }

  /** End every stream and stop listening to the library. */
  close(): void {
    clearInterval(this.heartbeat);
    for (const off of this.unsubscribe) off();
    for (const res of this.streams) res.end();
    this.streams.clear();
  }

  private broadcast<E extends EventName>(event: E, payload: FolioEvents[E]): void {
    this.writeAll(formatEvent(event, payload));
  }

  private writeAll(chunk: string): void {
    for (const res of this.streams) res.write(chunk);
  }
}
