/** Bundles the workbench (the same React components the web parts render) with esbuild, in memory. */
import { build } from 'esbuild';
import { join } from 'path';

export async function buildWorkbench(): Promise<string> {
  const started = Date.now();
  const result = await build({
    entryPoints: [join(__dirname, 'app', 'main.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome110'],
    jsx: 'transform',
    minify: false,
    sourcemap: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"development"' },
    loader: { '.scss': 'empty', '.css': 'empty' },
  });
  const js = result.outputFiles[0].text;
  console.log(`Workbench bundled in ${Date.now() - started} ms (${Math.round(js.length / 1024)} KiB).`);
  return js;
}
