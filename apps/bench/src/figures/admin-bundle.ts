import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { judged, type FigureResult } from '../figure.js';
import { ADMIN_DIST } from '../paths.js';
import { round } from '../stats.js';

/** Script files index.html loads at once: every script with a src (module entries and the
 * classic early-fetch.js) and the modulepreloads. */
export function entryScripts(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) found.add(m[1] as string);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    found.add(m[1] as string);
  for (const m of html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="modulepreload"/g))
    found.add(m[1] as string);
  return [...found];
}

/** The static imports of a built module (`import … from "./x.js"`, `import "./x.js"`), not dynamic ones. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g))
    found.add(m[1] as string);
  return [...found];
}

/**
 * Figure 4a: the JavaScript the admin needs before it can show anything, gzipped: the
 * entry scripts and modulepreloads of dist/index.html and, to be sure nothing hides, every
 * module they import statically. Lazily loaded areas (dynamic import()) do not count.
 */
export async function adminInitialJs(): Promise<FigureResult> {
  const html = readFileSync(join(ADMIN_DIST, 'index.html'), 'utf8');
  const files = new Set<string>();
  const queue = entryScripts(html).map((src) => join(ADMIN_DIST, src.replace(/^\//, '')));
  while (queue.length) {
    const file = queue.pop() as string;
    if (files.has(file) || !existsSync(file)) continue;
    files.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8')))
      if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
  }
  let raw = 0;
  let gzipped = 0;
  const perFile: Record<string, number> = {};
  for (const file of files) {
    const content = readFileSync(file);
    raw += content.length;
    const size = gzipSync(content, { level: 9 }).length;
    gzipped += size;
    perFile[file.slice(ADMIN_DIST.length + 1)] = round(size / 1024);
  }
  const kb = gzipped / 1024;
  return judged(
    {
      id: '4a',
      title: 'Admin: initial JavaScript, gzipped',
      goal: '≤ 200 kB',
      measured: `${round(kb)} kB gzipped (${round(raw / 1024)} kB raw) in ${files.size} file(s)`,
      value: round(kb),
      details: { gzippedKb: round(kb), rawKb: round(raw / 1024), filesKbGzipped: perFile },
    },
    kb <= 200,
  );
}
