/** Small helpers for bench figures. */
import { monitorEventLoopDelay } from "node:perf_hooks";

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[at] as number;
}

/** The longest event-loop stall (ms) between start and stop, from Node's own delay histogram. */
export function stallProbe(): () => number {
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  return () => {
    h.disable();
    return h.max / 1e6;
  };
}

export function rssMB(): number {
  return process.memoryUsage().rss / 1e6;
}

/** Peak resident set size of this process so far (MB). */
export function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1e3;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
