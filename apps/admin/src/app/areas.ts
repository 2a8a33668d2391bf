/**
 * The areas of a kommun's workspace, in menu order. Only some are built so far. `also`: other
 * first path segments that belong to the area (its menu item is marked current there too).
 */
export const AREAS = [
  { key: 'overview', path: '', built: true, also: [] },
  { key: 'plans', path: 'plans', built: true, also: ['programme', 'toolkit', 'activities'] },
  { key: 'indicators', path: 'indicators', built: true, also: [] },
  { key: 'collaboration', path: 'collaboration', built: false, also: [] },
  { key: 'decisions', path: 'decisions', built: false, also: [] },
  { key: 'organisation', path: 'org-units', built: true, also: [] },
] as const;

export type Area = (typeof AREAS)[number];
export type AreaKey = Area['key'];

/** The URL of an area in a kommun: /t/1287/org-units. */
export const areaPath = (code: string, area: Area): string =>
  `/t/${encodeURIComponent(code)}${area.path ? `/${area.path}` : ''}`;
