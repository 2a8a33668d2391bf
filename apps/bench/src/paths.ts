import { resolve } from 'node:path';

/** The repository root (apps/bench/dist/… or apps/bench/src/… → three levels up). */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export const API_START_SCRIPT = resolve(REPO_ROOT, 'apps/api/dist/scripts/start.js');
export const ADMIN_DIST = resolve(REPO_ROOT, 'apps/admin/dist');
