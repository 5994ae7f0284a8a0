/**
 * "Add paper" can be asked for from anywhere (the list toolbar, the empty detail pane, the native menu):
 * callers use `requestAddPaper()`, and the detail pane, which owns the form, listens.
 */
import { useEffect, useRef } from "react";

const requests = new EventTarget();
const ADD_PAPER = "add-paper";

/** Open the "Add paper" form. */
export function requestAddPaper(): void {
  requests.dispatchEvent(new Event(ADD_PAPER));
}

/** Call `onRequest` whenever someone asks to add a paper. */
export function useAddPaperRequests(onRequest: () => void): void {
  const handler = useRef(onRequest);
  handler.current = onRequest;
  useEffect(() => {
    const listener = () => handler.current();
    requests.addEventListener(ADD_PAPER, listener);
    return () => requests.removeEventListener(ADD_PAPER, listener);
  }, []);
}
