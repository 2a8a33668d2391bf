import { appendFileSync } from 'node:fs';

/** How many generated requests a fault test makes: FAULTS_RUNS, or the quick default. */
export function faultRuns(quickDefault: number): number {
  const value = Number(process.env.FAULTS_RUNS);
  return Number.isInteger(value) && value > 0 ? value : quickDefault;
}

/** FAULTS_SEED replays a run; otherwise a fixed seed keeps `npm test` repeatable. */
export function faultSeed(): number {
  const value = Number(process.env.FAULTS_SEED);
  return Number.isInteger(value) ? value : 20261124;
}

/**
 * Prints what a fault test measured (the figures docs/reliability.md reports), and appends
 * it as one JSON line to FAULTS_REPORT when that names a file.
 */
export function reportFigures(test: string, figures: Record<string, unknown>): void {
  const line = JSON.stringify({ test, ...figures });
  process.stdout.write(`[faults] ${line}\n`);
  if (process.env.FAULTS_REPORT) appendFileSync(process.env.FAULTS_REPORT, `${line}\n`);
}
