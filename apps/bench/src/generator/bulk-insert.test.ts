import { describe, expect, it } from '@jest/globals';
import { arrayLiteral } from './bulk-insert.js';

describe('arrayLiteral', () => {
  it('quotes every element and escapes quotes and backslashes', () => {
    expect(arrayLiteral(['victims', 'employees'])).toBe('{"victims","employees"}');
    expect(arrayLiteral(['Att uppdra, "snarast"', 'a\\b'])).toBe(
      '{"Att uppdra, \\"snarast\\"","a\\\\b"}',
    );
    expect(arrayLiteral([])).toBe('{}');
  });
});
