import type { INestApplicationContext } from '@nestjs/common';
import { runInSystemContext } from '../database/system-context.js';
import { ToolkitService } from './toolkit.service.js';

/** At start-up, in every environment: the shared toolkit's catalogue is present. */
export function ensureToolkitCatalogue(app: INestApplicationContext) {
  return runInSystemContext(app, () => app.get(ToolkitService).ensureCatalogue());
}
