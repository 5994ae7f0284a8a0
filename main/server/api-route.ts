/** `POST /api/<method>`: the JSON body is the method's one argument; the reply is dispatch's envelope. */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FolioHandlers } from "../../shared/api/contract";
import { dispatch } from "../core/dispatch";
import { bodyLimit, readBody } from "./body";
import { isJsonContentType } from "./guards";
import { refuse, sendEnvelope, sendError } from "./responses";

export async function handleApiCall(
  req: IncomingMessage,
  res: ServerResponse,
  handlers: FolioHandlers,
  method: string,
): Promise<void> {
  if (req.method !== "POST") {
    refuse(
      res,
      405,
      { code: "INVALID_ARGUMENT", message: `Use POST for /api/${method.slice(0, 80)}` },
      { Allow: "POST" },
    );
    return;
  }
  if (!isJsonContentType(req.headers["content-type"])) {
    refuse(res, 415, { code: "INVALID_ARGUMENT", message: "Content-Type must be application/json" });
    return;
  }
  const limit = bodyLimit(method);
  const body = await readBody(req, limit);
  if (!body.ok) {
    refuse(res, 413, {
      code: "INVALID_ARGUMENT",
      message: `Request body is larger than ${limit / 1024 / 1024} MB`,
    });
    return;
  }
  let arg: unknown;
  try {
    // An empty body means "no argument", like calling a method with `{}`.
    arg = body.text.trim() === "" ? undefined : JSON.parse(body.text);
  } catch {
    sendError(res, 400, { code: "INVALID_ARGUMENT", message: "Request body is not valid JSON" });
    return;
  }
  sendEnvelope(res, await dispatch(handlers, method, arg));
}
