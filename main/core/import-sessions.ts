/**
 * Previewed imports waiting for the user's confirmation. A preview is computed once and kept under a
 * random token; committing carries out exactly what the preview showed. Single use; expires.
 */
import { randomUUID } from "node:crypto";

const TTL_MS = 30 * 60 * 1000;
const MAX_SESSIONS = 5;

export class ImportSessions<T> {
  private readonly sessions = new Map<string, { value: T; at: number }>();

  add(value: T, now = Date.now()): string {
    for (const [token, s] of this.sessions) if (now - s.at > TTL_MS) this.sessions.delete(token);
    while (this.sessions.size >= MAX_SESSIONS) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
    const token = randomUUID();
    this.sessions.set(token, { value, at: now });
    return token;
  }

  /** The session, removed (single use), or undefined when unknown or expired. */
  take(token: string, now = Date.now()): T | undefined {
    const s = this.sessions.get(token);
    this.sessions.delete(token);
    return s && now - s.at <= TTL_MS ? s.value : undefined;
  }
}
