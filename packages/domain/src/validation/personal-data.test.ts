import { describe, expect, it } from '@jest/globals';
import { containsPersonalIdentityNumber } from './personal-data.js';

describe('containsPersonalIdentityNumber', () => {
  it.each([
    'Klient 811218-9876 har placerats',
    'pnr 198112189876',
    '19811218-9876',
    '811218+9876',
    'samordningsnummer 811278-9873',
  ])('finds a valid personnummer in %p', (text) => {
    expect(containsPersonalIdentityNumber(text)).toBe(true);
  });

  it.each([
    'SN/2021:312',
    '2022.247 KS',
    'Budget 250000 kr',
    'Möte 2021-09-22 § 158',
    '811218-9875', // wrong check digit
    '811318-9876', // month 13
    'Telefon 0410-733000',
  ])('lets ordinary text through: %p', (text) => {
    expect(containsPersonalIdentityNumber(text)).toBe(false);
  });
});
