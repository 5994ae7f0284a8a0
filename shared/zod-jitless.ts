/**
 * Import this first wherever code runs under the page's Content-Security-Policy (the renderer bundle,
 * the preload). zod 4 compiles object parsers with `new Function` where it can, and finds out whether
 * it can by trying once; under `script-src 'self'` that try is refused and Chromium reports a CSP
 * violation on every load. Jitless mode skips the probe and the compiled parsers. zod reads the setting
 * when an object schema is built, so it must be set before any schema module runs. The Node core keeps
 * the compiled parsers.
 */
import { config } from "zod";

config({ jitless: true });
