/** `folio serve`: the library in a browser tab, over the loopback server, until Ctrl+C. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type RunningServer, startServer } from "../../server/server";
import { type CommandSpec, portOption, stringOption } from "../args";
import { openCliLibrary, reportNotices, withLibrary } from "../library";
import { DATA_DIR_OPTION } from "../options";

export const serveCommand: CommandSpec = {
  name: "serve",
  summary: "Open the library in your browser (a server on 127.0.0.1 only)",
  options: {
    "data-dir": DATA_DIR_OPTION,
    port: { type: "string", value: "N", description: "Port to listen on (default 0: any free port)" },
  },

  async run(values, ctx) {
    const port = portOption(values, "port");
    const rendererDir = join(ctx.appRoot, "dist", "renderer");
    if (!existsSync(join(rendererDir, "index.html"))) {
      ctx.io.stderr("folio: the web interface is not built yet; run npm run build, then try again.\n");
      return 1;
    }
    const library = await openCliLibrary(ctx, stringOption(values, "data-dir"), { command: "serve" });
    return withLibrary(library, async () => {
      const server = await listen(() => startServer({ library, rendererDir, port }), port);
      // The first stdout line is a contract: scripts and the e2e fixture read the URL from it.
      ctx.io.stdout(`Folio is running at ${server.url}#token=${server.token}\n`);
      reportNotices(ctx, library.notices);
      const off = library.events.on("notice", (n) => ctx.io.stderr(`folio: ${n.level}: ${n.message}\n`));
      ctx.io.stderr("Press Ctrl+C to stop.\n");
      try {
        await ctx.io.untilStopped();
      } finally {
        off();
        // Open tabs save what they have pending before the server goes away.
        await library.drain();
        await server.close();
      }
      return 0;
    });
  },
};

async function listen(start: () => Promise<RunningServer>, port: number): Promise<RunningServer> {
  try {
    return await start();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new Error(`port ${port} is already in use; pick another with --port, or --port 0 for any free port`);
    }
    throw err;
  }
}
