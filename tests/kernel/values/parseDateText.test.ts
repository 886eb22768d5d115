import { excelSerialDate, parseDateSpelling, parseDateText } from '../../../src/kernel/values/parseDateText';

describe('dates typed as text in a plan or roster cell', () => {
  it.each([
    ['2023-06-20', '2023-06-20', null],
    ['2023/6/2', '2023-06-02', null],
    ['2023.06.20', '2023-06-20', null],
    ['2023年6月20日', '2023-06-20', null],
    ['2023-04-28 09:00', '2023-04-28', '09:00'],
    ['2024-02-29', '2024-02-29', null],
  ])('%s', (text, date, time) => {
    expect(parseDateText(text)).toEqual({ date, time });
  });

  it.each(['2023-02-29', '2023-13-01', '下周一', '2023-06-20 25:00', '20230620x'])('rejects %s', (text) => {
    expect(parseDateText(text)).toBeNull();
  });
});

describe('parseDateSpelling: a birth date however the export wrote it', () => {
  test.each([
    ['1985-03-07', '1985-03-07'],
    ['1985/3/7', '1985-03-07'],
    ['1985.03.07', '1985-03-07'],
    ['1985年3月7日', '1985-03-07'],
    ['1985年03月07日', '1985-03-07'],
    ['19850307', '1985-03-07'],
    ['１９８５－０３－０７', '1985-03-07'],
    ['1985-03-07 00:00:00', '1985-03-07'],
    [' 1985/03/07 ', '1985-03-07'],
    ['31113', '1985-03-07'],
  ])('text %s → %s', (text, date) => {
    expect(parseDateSpelling(text)).toEqual({ ok: true, date, precision: 'day' });
  });

  test.each([
    ['198503', '1985-03-01'],
    ['1985-03', '1985-03-01'],
    ['1985.3', '1985-03-01'],
    ['1985/03', '1985-03-01'],
    ['1985年3月', '1985-03-01'],
  ])('year and month only: %s → the 1st, flagged so the clerk is told', (text, date) => {
    expect(parseDateSpelling(text)).toEqual({ ok: true, date, precision: 'month' });
  });

  test('numbers: YYYYMMDD and YYYYMM typed without separators, and Excel serial days', () => {
    expect(parseDateSpelling(19850307)).toEqual({ ok: true, date: '1985-03-07', precision: 'day' });
    expect(parseDateSpelling(198503)).toEqual({ ok: true, date: '1985-03-01', precision: 'month' });
    expect(parseDateSpelling(31113)).toEqual({ ok: true, date: '1985-03-07', precision: 'day' });
    expect(parseDateSpelling(31113.75)).toEqual({ ok: true, date: '1985-03-07', precision: 'day' });
    expect(parseDateSpelling(45097)).toEqual({ ok: true, date: '2023-06-20', precision: 'day' });
  });

  test('Excel serials around its fictitious 1900-02-29', () => {
    expect(excelSerialDate(1)).toBe('1900-01-01');
    expect(excelSerialDate(59)).toBe('1900-02-28');
    expect(excelSerialDate(60)).toBeNull();
    expect(excelSerialDate(61)).toBe('1900-03-01');
    expect(excelSerialDate(0)).toBeNull();
    expect(excelSerialDate(100000)).toBeNull();
  });

  test.each([
    ['1985', '只有年份'],
    ['1985-02-30', '不是可识别的日期'],
    ['19850230', '不是有效日期'],
    ['198513', '不是有效的年月'],
    ['85-3-7', '不是可识别的日期'],
    ['3/7/1985', '不是可识别的日期'],
    ['不详', '不是可识别的日期'],
    ['', '日期为空'],
  ])('%s is refused, not guessed (%s)', (text, reason) => {
    const r = parseDateSpelling(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  test('the number 1985.1 could be January or October: refused', () => {
    const r = parseDateSpelling(1985.1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('看不出是几月');
  });

  test('does not depend on the process time zone', () => {
    // Every computation goes through Date.UTC; run with TZ=Pacific/Kiritimati or America/Los_Angeles alike.
    const before = process.env.TZ;
    for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Shanghai']) {
      process.env.TZ = tz;
      expect(parseDateSpelling(31113)).toEqual({ ok: true, date: '1985-03-07', precision: 'day' });
      expect(parseDateSpelling('1985年3月7日')).toEqual({ ok: true, date: '1985-03-07', precision: 'day' });
    }
    process.env.TZ = before;
  });
});
