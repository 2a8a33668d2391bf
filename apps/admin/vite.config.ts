import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * Each area's chunk, by the first path segment of its pages under /t/:code/ ('r': /r/…,
 * 'login': /login).
 */
const AREA_ENTRIES: Record<string, string> = {
  login: 'src/auth/LoginPage.tsx',
  plans: 'src/plans/index.ts',
  programme: 'src/plans/index.ts',
  toolkit: 'src/plans/index.ts',
  activities: 'src/plans/index.ts',
  'org-units': 'src/organisation/OrgUnitsPage.tsx',
  indicators: 'src/indicators/index.ts',
  collaboration: 'src/collaboration/index.ts',
  decisions: 'src/governance/index.ts',
  publication: 'src/publication/index.ts',
  'region-sharing': 'src/regions/index.ts',
  r: 'src/regions/index.ts',
};
const PLACEHOLDER = '/* route chunks: filled in by the build */ {}';

/**
 * Writes into early-fetch.js which chunks each area's pages need (the area's chunk and
 * what it imports, less what index.html loads anyway), so that on an area's page the
 * browser fetches the area's code alongside the main bundle instead of after it has run
 * (docs/benchmarks.md, figure 4b). As it now names this build's chunks, it is written as
 * assets/early-fetch-<hash>.js and index.html points there: a copy cached from an earlier
 * build cannot preload chunks that no longer exist.
 */
function routeChunks(): Plugin {
  let byArea: Record<string, string[]> = {};
  return {
    name: 'samla-route-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const withImports = (fileName: string, into = new Set<string>()) => {
        if (into.has(fileName)) return into;
        into.add(fileName);
        for (const imported of byFile.get(fileName)?.imports ?? []) withImports(imported, into);
        return into;
      };
      const initial = new Set<string>();
      for (const c of chunks) if (c.isEntry) withImports(c.fileName, initial);
      byArea = {};
      for (const [segment, entry] of Object.entries(AREA_ENTRIES)) {
        const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(entry));
        if (!chunk) throw new Error(`No chunk for ${entry}: update AREA_ENTRIES in vite.config.ts`);
        byArea[segment] = [...withImports(chunk.fileName)]
          .filter((f) => !initial.has(f))
          .map((f) => `/${f}`);
      }
    },
    writeBundle(options) {
      const dir = options.dir ?? 'dist';
      const template = readFileSync(join(dir, 'early-fetch.js'), 'utf8');
      if (!template.includes(PLACEHOLDER)) throw new Error('early-fetch.js has no placeholder');
      const script = template.replace(PLACEHOLDER, JSON.stringify(byArea));
      const hash = createHash('sha256').update(script).digest('base64url').slice(0, 8);
      const name = `assets/early-fetch-${hash}.js`;
      writeFileSync(join(dir, name), script);
      rmSync(join(dir, 'early-fetch.js'));
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      const tag = '<script src="/early-fetch.js"></script>';
      if (!html.includes(tag)) throw new Error(`index.html has no ${tag}`);
      writeFileSync(join(dir, 'index.html'), html.replace(tag, `<script src="/${name}"></script>`));
    },
  };
}

// The built admin is served by the API (same origin, SPA fallback), so assets live at '/'.
// In development Vite serves the admin and passes /api on to the API.
export default defineConfig({
  base: '/',
  plugins: [react(), routeChunks()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
  },
});
