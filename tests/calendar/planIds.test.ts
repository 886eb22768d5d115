import { assignPlanIds, highestPlanSequence, nextPlanIds } from '../../src/calendar/planIds';

describe('计划编号', () => {
  it('numbers new rows after the high-water mark, with the plan year', () => {
    expect(nextPlanIds(2023, 36, 2)).toEqual({ ids: ['2023-0037', '2023-0038'], highWater: 38 });
    expect(highestPlanSequence(2023, ['2023-0005', '2022-0099', 'x', '2023-0012'])).toBe(12);
  });

  it('gives ids to rows without one and to a copied row, never reusing a number', () => {
    const rows = [
      { row: 2, planId: '2023-0001' },
      { row: 3, planId: '' },
      { row: 4, planId: '2023-0001' }, // the clerk copied row 2
      { row: 5, planId: '2023-0002' },
    ];
    // Row 3's predecessor 2023-0003 was deleted: the mark remembers it.
    expect(assignPlanIds(rows, 2023, 3)).toEqual({ assigned: new Map([[3, '2023-0004'], [4, '2023-0005']]), highWater: 5 });
  });

  it('repairs a lost high-water mark from the sheet', () => {
    const rows = [{ row: 2, planId: '2023-0040' }, { row: 3, planId: '' }];
    expect(assignPlanIds(rows, 2023, 0).assigned.get(3)).toBe('2023-0041');
  });

  it('changes nothing when every row has its own id', () => {
    expect(assignPlanIds([{ row: 2, planId: '2023-0001' }], 2023, 1)).toEqual({ assigned: new Map(), highWater: 1 });
  });
});
