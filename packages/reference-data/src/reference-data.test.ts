import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import {
  AGENDA2030_INDICATORS,
  AGENDA2030_TARGETS,
  MUNICIPALITIES,
  REGIONS,
  findMunicipality,
  findRegion,
  municipalitiesInRegion,
} from './index.js';

const csvRows = (file: string) =>
  readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n').length - 1;

describe('reference data', () => {
  it('holds every kommun and län of the official lists', () => {
    expect(MUNICIPALITIES).toHaveLength(290);
    expect(REGIONS).toHaveLength(21);
    expect(MUNICIPALITIES).toHaveLength(csvRows('kommuner.csv'));
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(290);
  });

  it('puts every kommun in a known län', () => {
    for (const m of MUNICIPALITIES) {
      expect(m.code).toMatch(/^\d{4}$/);
      expect(findRegion(m.regionCode)).toBeDefined();
    }
  });

  it('finds the seed kommuner by kommunkod, keeping leading zeros and Swedish letters', () => {
    expect(findMunicipality('1287')).toEqual({
      code: '1287',
      name: 'Trelleborg',
      regionCode: '12',
    });
    expect(findMunicipality('2023')?.name).toBe('Malung-Sälen');
    expect(findMunicipality('1489')?.name).toBe('Alingsås');
    expect(findMunicipality('0114')?.name).toBe('Upplands Väsby');
    expect(findMunicipality('9999')).toBeUndefined();
  });

  it('lists the kommuner of a län', () => {
    const dalarna = municipalitiesInRegion('20');
    expect(dalarna.map((m) => m.name)).toContain('Borlänge');
    expect(dalarna.every((m) => m.regionCode === '20')).toBe(true);
  });

  it('has the Agenda 2030 targets in both languages, and indicators under known targets', () => {
    expect(AGENDA2030_TARGETS.map((t) => t.id)).toEqual(['5.1', '5.2', '5.3', '16.1', '16.2']);
    for (const t of AGENDA2030_TARGETS) {
      expect(t.textSv.length).toBeGreaterThan(10);
      expect(t.textEn.length).toBeGreaterThan(10);
    }
    const targetIds = new Set(AGENDA2030_TARGETS.map((t) => t.id));
    for (const i of AGENDA2030_INDICATORS) expect(targetIds.has(i.targetId)).toBe(true);
    expect(AGENDA2030_INDICATORS.find((i) => i.id === '5.2.3(N)')?.national).toBe(true);
  });
});
