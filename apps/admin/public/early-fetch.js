// The admin's first script, a few hundred bytes that run long before the main bundle is
// loaded and executed: it asks at once for what the first screen needs (the session; on a
// plan page the plan, most of a megabyte with 1,000 activities, and the kommun's org
// units), so the answers travel while the app's scripts load (docs/benchmarks.md,
// figure 4b). The app takes the answers over in src/app/prefetch.ts.
// Plain JavaScript in public/, so that Vite leaves it out of the main bundle.
const early = {};
const ask = (url) => {
  early[url] = fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
};
ask('/api/v1/auth/me');
const plan = /^\/t\/(\d{4})\/plans\/([0-9a-f-]{36})\/?$/i.exec(globalThis.location.pathname);
if (plan) {
  ask(`/api/v1/tenants/${plan[1]}/action-plans/${plan[2]}`);
  ask(`/api/v1/tenants/${plan[1]}/org-units`);
}
globalThis.samlaEarly = early;
