// Keeps package-lock.json usable by `npm ci` on every platform.
//
// The registry these machines use answers 404 for some other platforms' optional binary
// packages (@swc/core-darwin-arm64, @turbo/windows-64, …), so `npm install` leaves them out
// of the lockfile and a later `npm ci` refuses the lockfile as out of sync. We record each
// missing optional package with its wanted version; npm then treats it like any optional
// package: installed where it exists for the platform, skipped where it does not.
// Runs after every `npm install` (root `postinstall`); a no-op when nothing is missing.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const added = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    // npm resolves a dependency next to its parent first, then at the top.
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    const top = `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[top]) continue;
    lock.packages[top] = { version, optional: true };
    added.push(`${name}@${version}`);
  }
}
if (added.length) {
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(
    `complete-lockfile: recorded ${added.length} optional platform packages the registry lacks.`,
  );
}
