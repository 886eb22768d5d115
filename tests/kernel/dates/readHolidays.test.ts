import { readHolidays } from '../../../src/kernel/dates/readHolidays';
import { wallClock } from '../../../src/kernel/values/cell';

describe('reading the clerk’s 节假日 sheet', () => {
  it('takes date cells and dates typed as text, with 休 or 班', () => {
    const { entries, problems } = readHolidays([
      ['日期', '类型', '说明'],
      [wallClock('2027-02-05'), '休', '除夕'],
      ['2027/2/20', '班', '调休上班'],
      ['', '', ''],
    ]);
    expect(problems).toEqual([]);
    expect(entries).toEqual([{ date: '2027-02-05', kind: '休' }, { date: '2027-02-20', kind: '班' }]);
  });

  it('is optional: a missing or empty sheet means no entries', () => {
    expect(readHolidays(null)).toEqual({ entries: [], problems: [] });
    expect(readHolidays([])).toEqual({ entries: [], problems: [] });
  });

  it('locates every bad row instead of guessing', () => {
    const { entries, problems } = readHolidays([
      ['类型', '日期'],
      ['放假', wallClock('2027-05-03')],
      ['休', 'next friday'],
      ['班', ''],
    ]);
    expect(entries).toEqual([]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[2, '类型'], [3, '日期'], [4, '日期']]);
    expect(problems[0].message).toContain('应为“休”（放假）或“班”（上班）');
  });

  it('needs the 日期 and 类型 headers', () => {
    const { problems } = readHolidays([['日子', '类型'], ['2027-05-03', '休']]);
    expect(problems.map((p) => p.message)).toEqual(['缺少表头“日期”（表头行现有：日子、类型）']);
  });
});
