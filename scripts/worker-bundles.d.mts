/** Types for worker-bundles.mjs (imported by the TypeScript test setup). */
export function buildWorkers(outdir: string, extra?: string[]): Promise<void>;
