import type { Column } from './bulk-insert.js';

/** Rows for one table, ready for `insertRows`; generators return these in insertion order. */
export interface TableRows {
  table: string;
  columns: readonly Column[];
  rows: unknown[][];
}

export function tableRows(table: string, columns: readonly Column[]): TableRows {
  return { table, columns, rows: [] };
}

/** One kommun's ids that the later steps refer to. */
export interface TenantScope {
  tenantId: string;
  code: string;
  name: string;
  regionCode: string;
  /** Org unit ids by key (kf, ks, sn, …). */
  units: Map<string, string>;
  /** Committee (nämnd) ids: the bodies that decide and are responsible. */
  committees: string[];
  /** Administration (förvaltning) ids: the ones that do the work. */
  administrations: string[];
  users: { admin: string; strategist: string; contributors: string[]; reader: string };
  planIds: string[];
  /** Top-level goal ids of every plan, for links to indicators. */
  topGoalIds: string[];
  /** Activity ids of every plan, for links from forums and cases. */
  activityIds: string[];
  indicatorIds: string[];
}

/** A date `days` after 2020-01-01, as YYYY-MM-DD (UTC arithmetic: no DST surprises). */
export function dayFrom2020(days: number): string {
  return new Date(Date.UTC(2020, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A timestamp `days` after 2020-01-01 at `hour`: created_at values that repeat run after run. */
export function timeFrom2020(days: number, hour = 9): string {
  return new Date(Date.UTC(2020, 0, 1, hour) + days * 86_400_000).toISOString();
}
