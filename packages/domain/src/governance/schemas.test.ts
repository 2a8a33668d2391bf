import { describe, expect, it } from '@jest/globals';
import { validateInput } from '../validation/validate.js';
import { createAssignmentSchema, createDecisionSchema } from './schemas.js';
import { createMemberSchema } from '../collaboration/schemas.js';

describe('decision and assignment schemas', () => {
  const snau = {
    bodyUnitId: '00000000-0000-4000-8000-000000000001',
    meetingDate: '2021-09-22',
    paragraph: '158',
    points: ['Socialnämnden föreslår kommunstyrelsen att samordna arbetet.'],
    justeringOn: '2021-09-29',
    noticePostedOn: '2021-09-29',
    noticeRemovedOn: '2021-10-21',
  };

  it("accepts Malung-Sälen's SNAU § 158", () => {
    expect(validateInput(createDecisionSchema, snau, 'sv').success).toBe(true);
  });

  it('refuses protocol dates out of order, naming the field in Swedish', () => {
    const result = validateInput(
      createDecisionSchema,
      { ...snau, justeringOn: '2021-09-21', noticeRemovedOn: '2021-09-28' },
      'sv',
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.field, i.code])).toEqual([
      ['justeringOn', 'before_meeting'],
      ['noticeRemovedOn', 'before_notice'],
    ]);
    expect(result.issues[0]?.message).toBe('Justerat kan inte vara före sammanträdet.');
  });

  it('needs a meeting date for a decision but not for a proposal', () => {
    const rest = { ...snau, meetingDate: null };
    expect(validateInput(createDecisionSchema, rest, 'en').success).toBe(false);
    expect(
      validateInput(createDecisionSchema, { ...rest, status: 'proposed', justeringOn: null }, 'en')
        .success,
    ).toBe(true);
  });

  it('takes a due date or a meeting month, not both', () => {
    const result = validateInput(
      createAssignmentSchema,
      { title: 'Återrapportera', dueDate: '2021-06-16', dueMeetingMonth: '2021-06' },
      'en',
    );
    expect(!result.success && result.issues[0]?.code).toBe('due_either');
    expect(
      validateInput(
        createAssignmentSchema,
        { title: 'Återrapportera', dueMeetingMonth: '2021-13' },
        'en',
      ).success,
    ).toBe(false);
  });

  it('makes a forum member either a partner or a unit', () => {
    expect(validateInput(createMemberSchema, { partnerId: null }, 'sv').success).toBe(false);
    expect(
      validateInput(createMemberSchema, { partnerId: '00000000-0000-4000-8000-000000000001' }, 'sv')
        .success,
    ).toBe(true);
  });
});
