import { describe, expect, it } from '@jest/globals';
import { interpolate, pickLanguage } from './language.js';

describe('pickLanguage', () => {
  it('defaults to Swedish', () => {
    expect(pickLanguage(undefined)).toBe('sv');
    expect(pickLanguage('')).toBe('sv');
    expect(pickLanguage('de-DE,fr;q=0.8')).toBe('sv');
  });

  it('honours the order and q-weights of Accept-Language', () => {
    expect(pickLanguage('en-GB,en;q=0.9')).toBe('en');
    expect(pickLanguage('sv-SE,en;q=0.5')).toBe('sv');
    expect(pickLanguage('sv;q=0.4,en;q=0.8')).toBe('en');
    expect(pickLanguage('de,en;q=0.7,sv;q=0.6')).toBe('en');
    expect(pickLanguage('en;q=0,sv')).toBe('sv');
  });
});

describe('interpolate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{{field}} måste anges.', { field: 'Namn' })).toBe('Namn måste anges.');
    expect(interpolate('{{a}} och {{ b }}', { a: 1 })).toBe('1 och {{b}}');
  });
});
