/** The areas of a kommun's workspace, in menu order. Only some are built so far. */
export const AREAS = [
  { key: 'overview', path: '', built: true },
  { key: 'plans', path: 'plans', built: false },
  { key: 'indicators', path: 'indicators', built: false },
  { key: 'collaboration', path: 'collaboration', built: false },
  { key: 'decisions', path: 'decisions', built: false },
  { key: 'organisation', path: 'org-units', built: true },
] as const;

export type Area = (typeof AREAS)[number];
export type AreaKey = Area['key'];

/** The URL of an area in a kommun: /t/1287/org-units. */
export const areaPath = (code: string, area: Area): string =>
  `/t/${encodeURIComponent(code)}${area.path ? `/${area.path}` : ''}`;
