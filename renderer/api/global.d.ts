import type { FolioBridge } from "../../shared/api/contract";

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    folio?: FolioBridge;
  }
}
