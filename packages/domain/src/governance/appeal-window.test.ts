import { describe, expect, it } from '@jest/globals';
import { appealStatus, appealWindow } from './appeal-window.js';

describe('appealWindow (kommunallagen 13 kap. 5 §)', () => {
  it('ends three weeks after the anslag: Malung-Sälen, anslag 2021-09-29 → 2021-10-20', () => {
    expect(appealWindow('2021-09-29')).toEqual({
      postedOn: '2021-09-29',
      nominalLastDay: '2021-10-20',
      lastDay: '2021-10-20',
      extended: false,
      noticeMayComeDownOn: '2021-10-21',
    });
  });

  it("accepts Malung-Sälen's notice, taken down 2021-10-21, as up long enough", () => {
    const status = appealStatus('2021-09-29', '2021-10-21', '2021-10-20');
    expect(status.state).toBe('open');
    expect(status.noticeRemovedEarly).toBe(false);
    expect(appealStatus('2021-09-29', '2021-10-21', '2021-10-21').state).toBe('closed');
  });

  it('flags a notice taken down before the window ran out', () => {
    expect(appealStatus('2021-09-29', '2021-10-20', '2021-11-01').noticeRemovedEarly).toBe(true);
  });

  it('moves a last day on a weekend to the Monday (lag 1930:173)', () => {
    // Saturday 2021-10-02 + 21 days = Saturday 2021-10-23 → Monday 2021-10-25.
    expect(appealWindow('2021-10-02')).toMatchObject({
      nominalLastDay: '2021-10-23',
      lastDay: '2021-10-25',
      extended: true,
    });
  });

  it('moves a last day on a holiday or an afton to the next weekday', () => {
    // 2021-12-03 + 21 = Friday 2021-12-24 (julafton) → past juldagen, annandag jul and the weekend.
    expect(appealWindow('2021-12-03').lastDay).toBe('2021-12-27');
    // 2022-05-05 + 21 = Thursday 2022-05-26, Kristi himmelsfärdsdag → Friday 2022-05-27.
    expect(appealWindow('2022-05-05').lastDay).toBe('2022-05-27');
    // 2022-06-03 + 21 = Friday 2022-06-24, midsommarafton → Monday 2022-06-27.
    expect(appealWindow('2022-06-03').lastDay).toBe('2022-06-27');
    // 2023-03-17 + 21 = Friday 2023-04-07, långfredagen → Tuesday 2023-04-11 after annandag påsk.
    expect(appealWindow('2023-03-17').lastDay).toBe('2023-04-11');
  });
});
