/**
 * Builds the always-on detector (entrypoints/scholarly-detector) as one plain minified script, without the
 * wrapper WXT puts around an unlisted script (a definition object, a logger, try/catch and three functions to
 * compile): parsing and calling them cost about 0.15 ms of main-thread time on every page the reader opens
 * (`npm run bench`). wxt.config.ts takes the entrypoint out of WXT's build and writes this where WXT would have.
 */
import { join } from 'node:path';
import { build, type Rollup } from 'vite';

export const DETECTOR_ENTRYPOINT = 'scholarly-detector';

export async function buildDetector(root: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    resolve: { alias: { '@': root } },
    build: {
      write: false,
      minify: true,
      // No module loader in a content script: one self-running function, nothing exported.
      lib: { entry: join(root, 'entrypoints', DETECTOR_ENTRYPOINT, 'index.ts'), formats: ['iife'], name: 'peerlensDetector' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((f): f is Rollup.OutputChunk => f.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`The detector must build to one script, not ${chunks.length}`);
  return chunks[0]!.code;
}
