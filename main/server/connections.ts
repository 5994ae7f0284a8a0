/**
 * Lets `close()` finish promptly. Node's `server.close()` only drops connections idle between
 * requests; a connection that never sent a request (clients open them speculatively) would hold the
 * close until it times out, and a request in flight would leave a keep-alive socket behind.
 */
import type { Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";

export class ConnectionTracker {
  private readonly fresh = new Set<Socket>();
  private readonly inFlight = new Set<ServerResponse>();

  constructor(server: Server) {
    server.on("connection", (socket: Socket) => {
      this.fresh.add(socket);
      socket.once("close", () => this.fresh.delete(socket));
    });
    server.on("request", (req, res: ServerResponse) => {
      this.fresh.delete(req.socket);
      this.inFlight.add(res);
      res.once("close", () => this.inFlight.delete(res));
    });
  }

  /** Drop connections that never sent a request; let requests in flight finish on a closing socket. */
  drain(): void {
    for (const socket of this.fresh) socket.destroy();
    for (const res of this.inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
  }
}
