/**
 * The areas of a kommun's workspace, in menu order. `also`: other first path segments that
 * belong to the area (its menu item is marked current there too).
 */
export const AREAS = [
  { key: 'overview', path: '', also: [] },
  { key: 'plans', path: 'plans', also: ['programme', 'toolkit', 'activities'] },
  { key: 'indicators', path: 'indicators', also: [] },
  { key: 'collaboration', path: 'collaboration', also: [] },
  { key: 'decisions', path: 'decisions', also: [] },
  { key: 'organisation', path: 'org-units', also: [] },
] as const;

export type Area = (typeof AREAS)[number];
export type AreaKey = Area['key'];

/** The URL of an area in a kommun: /t/1287/org-units. */
export const areaPath = (code: string, area: Area): string =>
  `/t/${encodeURIComponent(code)}${area.path ? `/${area.path}` : ''}`;
