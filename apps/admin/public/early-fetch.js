// The admin's first script, a few hundred bytes that run long before the main bundle is
// loaded and executed: it asks at once for what the first screen needs (the session; on a
// plan page the plan, most of a megabyte with 1,000 activities, and the kommun's org
// units), so the answers travel while the app's scripts load (docs/benchmarks.md,
// figure 4b). The app takes the answers over in src/app/prefetch.ts. On an area's page it
// also preloads the area's chunks, which the app would otherwise ask for only once its
// bundle has run.
// Plain JavaScript in public/, so that Vite leaves it out of the main bundle; the build
// (vite.config.ts) writes in which chunks each area needs.
const early = {};
const ask = (url) => {
  early[url] = fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
};
ask('/api/v1/auth/me');
const path = globalThis.location.pathname;
const plan = /^\/t\/(\d{4})\/plans\/([0-9a-f-]{36})\/?$/i.exec(path);
if (plan) {
  ask(`/api/v1/tenants/${plan[1]}/action-plans/${plan[2]}`);
  ask(`/api/v1/tenants/${plan[1]}/org-units`);
}
globalThis.samlaEarly = early;

const routeChunks = /* route chunks: filled in by the build */ {};
const area = /^\/(?:t\/[^/]+\/([^/]+)|(r)\/|(login)\/?$)/.exec(path);
for (const href of routeChunks[area?.[1] ?? area?.[2] ?? area?.[3]] ?? []) {
  const link = globalThis.document.createElement('link');
  link.rel = 'modulepreload';
  link.crossOrigin = '';
  link.href = href;
  globalThis.document.head.appendChild(link);
}
