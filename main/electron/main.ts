/** Electron entry point (bundled to dist/electron/main.cjs). */
import { app, dialog } from "electron";
import { startFolio } from "./app";

startFolio({ argv: process.argv, env: process.env, signals: process, platform: process.platform }).catch(
  (err: Error) => {
    console.error("[folio] Start-up failed:", err);
    dialog.showErrorBox("Folio could not start", err.stack ?? err.message);
    app.exit(1);
  },
);
