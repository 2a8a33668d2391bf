import { MUNICIPALITIES } from './generated/municipalities.js';
import { REGIONS } from './generated/regions.js';
import type { Municipality, Region } from './types.js';

export type { Agenda2030Indicator, Agenda2030Target, Municipality, Region } from './types.js';
export { AGENDA2030_INDICATORS } from './generated/agenda2030-indicators.js';
export { AGENDA2030_TARGETS } from './generated/agenda2030-targets.js';
export { MUNICIPALITIES, REGIONS };

const municipalitiesByCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));
const regionsByCode = new Map(REGIONS.map((r) => [r.code, r]));

/** The kommun with this kommunkod, or undefined when the code is not on the official list. */
export function findMunicipality(code: string): Municipality | undefined {
  return municipalitiesByCode.get(code);
}

/** The län with this länskod, or undefined. */
export function findRegion(code: string): Region | undefined {
  return regionsByCode.get(code);
}

/** All kommuner of one län, in kommunkod order. */
export function municipalitiesInRegion(regionCode: string): Municipality[] {
  return MUNICIPALITIES.filter((m) => m.regionCode === regionCode);
}
