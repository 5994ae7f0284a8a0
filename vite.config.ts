import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { withPageCsp } from "./shared/csp.ts";

/** Writes the one Content-Security-Policy (shared/csp.ts) into index.html's meta tag. */
function pageCsp(): Plugin {
  return { name: "folio-page-csp", transformIndexHtml: { order: "pre", handler: withPageCsp } };
}

export default defineConfig({
  root: "renderer",
  // Relative asset URLs so the same build loads from app:// (Electron) and http:// (browser mode).
  base: "./",
  plugins: [pageCsp(), react()],
  build: {
    outDir: "../dist/renderer",
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
});
