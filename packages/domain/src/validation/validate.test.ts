import { describe, expect, it } from '@jest/globals';
import { loginSchema } from '../auth/auth.js';
import { createOrgUnitSchema, updateOrgUnitSchema } from '../organisation/org-unit.js';
import { onboardTenantSchema } from '../tenancy/tenant.js';
import { validateInput } from './validate.js';

describe('validateInput', () => {
  it('returns the parsed data, trimmed, when the input is valid', () => {
    const result = validateInput(
      createOrgUnitSchema,
      { name: '  Socialnämnden ', shortName: 'SN', kind: 'committee' },
      'sv',
    );
    expect(result).toEqual({
      success: true,
      data: { name: 'Socialnämnden', shortName: 'SN', kind: 'committee' },
    });
  });

  it('names the missing field in Swedish and in English', () => {
    const sv = validateInput(createOrgUnitSchema, { kind: 'committee' }, 'sv');
    const en = validateInput(createOrgUnitSchema, { kind: 'committee' }, 'en');
    expect(sv).toEqual({
      success: false,
      issues: [{ field: 'name', code: 'required', message: 'Namn måste anges.' }],
    });
    expect(en.success === false && en.issues[0]?.message).toBe('Name is required.');
  });

  it('treats an empty string as missing, and too long text as too long', () => {
    const empty = validateInput(createOrgUnitSchema, { name: '   ', kind: 'unit' }, 'sv');
    expect(empty.success === false && empty.issues[0]?.code).toBe('required');
    const long = validateInput(
      createOrgUnitSchema,
      { name: 'x', shortName: 'x'.repeat(21), kind: 'unit' },
      'en',
    );
    expect(long.success === false && long.issues[0]).toEqual({
      field: 'shortName',
      code: 'too_long',
      message: 'Short name must be at most 20 characters.',
    });
  });

  it('lists the allowed choices for an enum', () => {
    const result = validateInput(createOrgUnitSchema, { name: 'X', kind: 'kingdom' }, 'en');
    expect(result.success === false && result.issues[0]?.code).toBe('invalid_choice');
    expect(result.success === false && result.issues[0]?.message).toContain('committee');
  });

  it('says a missing choice is required rather than listing codes', () => {
    const result = validateInput(createOrgUnitSchema, { name: 'X' }, 'sv');
    expect(result.success === false && result.issues[0]).toEqual({
      field: 'kind',
      code: 'required',
      message: 'Typ måste anges.',
    });
  });

  it('refuses unknown fields by name', () => {
    const result = validateInput(onboardTenantSchema, { code: '2081', tenantId: 'x' }, 'sv');
    expect(result).toEqual({
      success: false,
      issues: [{ field: 'tenantId', code: 'unknown_field', message: 'Fältet tenantId är okänt.' }],
    });
  });

  it('uses the domain code a schema names: kommunkod and personnummer', () => {
    const code = validateInput(onboardTenantSchema, { code: '20811' }, 'sv');
    expect(code.success === false && code.issues[0]?.code).toBe('municipality_code');
    const pnr = validateInput(
      createOrgUnitSchema,
      { name: 'Stöd till 811218-9876', kind: 'unit' },
      'sv',
    );
    expect(pnr.success === false && pnr.issues[0]).toMatchObject({
      field: 'name',
      code: 'personal_number',
    });
  });

  it('reports every bad field at once, with nested paths', () => {
    const result = validateInput(loginSchema, { email: 'not-an-email', password: 12 }, 'en');
    expect(result.success === false && result.issues.map((i) => [i.field, i.code])).toEqual([
      ['email', 'invalid_email'],
      ['password', 'invalid_type'],
    ]);
  });

  it('demands a whole-number version on updates', () => {
    const result = validateInput(updateOrgUnitSchema, { version: 1.5 }, 'sv');
    expect(result.success === false && result.issues[0]?.code).toBe('not_integer');
    const missing = validateInput(updateOrgUnitSchema, { name: 'X' }, 'sv');
    expect(missing.success === false && missing.issues[0]).toMatchObject({
      field: 'version',
      code: 'required',
    });
  });

  it('rejects a body that is not an object', () => {
    const result = validateInput(loginSchema, 'hello', 'sv');
    expect(result.success === false && result.issues[0]).toMatchObject({
      field: '',
      code: 'invalid_type',
    });
  });
});
