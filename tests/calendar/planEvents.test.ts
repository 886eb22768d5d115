import { planEvents, timeZoneProblem } from '../../src/calendar/planEvents';
import { readPlan } from '../../src/calendar/readPlan';
import { readSettings } from '../../src/kernel/sheets/readSettings';
import { PLAN_SPEC } from '../../src/kernel/sheets/schema';
import { type Cell, wallClock } from '../../src/kernel/values/cell';
import { isKnownTimeZone } from '../../src/gas/zoneOffset';
import { CallLog } from '../../runner/services/callLog';
import { createUtilities } from '../../runner/services/utilities';

const settings = readSettings([['项目', '值'], ['计划年度', 2023], ['计划起始月份', 2]], 2023).settings;
const HEADERS = PLAN_SPEC.columns.map((c) => c.header);
const row = (cells: Record<string, Cell>): Cell[] => HEADERS.map((h) => cells[h] ?? '');

describe('planEvents', () => {
  const plan = readPlan([
    HEADERS,
    row({ 月份: '二月', 工作内容: '制定年度工作要点', 计划编号: '2023-0001' }),
    row({ 工作内容: '新加的一行' }),
    row({ 月份: '十三月', 工作内容: '写错月份的一行', 计划编号: '2023-0002' }),
    row({ 月份: '一月', 工作内容: '元旦慰问', 开始日期: wallClock('2024-01-02') }),
  ], settings);
  const events = planEvents(plan, settings, 2);

  it('makes one event per good row, new rows numbered after the high-water mark', () => {
    expect(events.desired.map((d) => [d.row, d.key, d.title])).toEqual([[2, '2023-0001', '制定年度工作要点'], [3, '2023-0003', '新加的一行'], [5, '2023-0004', '元旦慰问']]);
    expect(events.highWater).toBe(4);
    expect(events.desired[2].timing).toEqual({ kind: 'allDay', start: '2024-01-02', end: '2024-01-03' });
  });

  it('holds the events of rows it cannot read, with their reasons', () => {
    expect(events.badRows.get(4)).toEqual(['月份 “十三月”不是有效月份（例如 二月、2月、2、2023年3月）']);
    expect([...events.heldKeys]).toEqual(['2023-0002']);
    expect(events.skipped).toEqual([{ sheet: '工作计划', row: 4, column: '月份', message: '“十三月”不是有效月份（例如 二月、2月、2、2023年3月）' }]);
  });

  it('names a 时区 that is not a real zone, as Utilities.formatDate knows zones (not Intl)', () => {
    const utilities = createUtilities(new CallLog());
    const known = (zone: string) => isKnownTimeZone(zone, utilities);
    expect(timeZoneProblem({ ...settings, timeZone: 'Asia/Beijing' }, known)?.message).toContain('“Asia/Beijing”不是有效的时区名称');
    expect(timeZoneProblem(settings, known)).toBeNull();
  });

  it('names the 设置 row of a 时区 that is not a real zone, like every other setting', () => {
    const utilities = createUtilities(new CallLog());
    const read = readSettings([['项目', '值'], ['单位名称', '某某大学工会'], ['计划年度', 2023], ['时区', 'Beijing']], 2023).settings;
    expect(timeZoneProblem(read, (zone) => isKnownTimeZone(zone, utilities))).toEqual({ sheet: '设置', row: 4, column: '值', message: '时区：“Beijing”不是有效的时区名称（例如 Asia/Shanghai）' });
  });

  it('tells a misspelt zone (read as GMT by Apps Script, silently) from real ones, UTC and summer-time zones included', () => {
    const utilities = createUtilities(new CallLog());
    const verdicts = ['Asia/Shanghai', 'Asia/Shangai', 'UTC', 'Europe/London', 'America/Los_Angeles', 'Asia/Kolkata', 'Mars/Olympus', '上海', ''].map((z) => [z, isKnownTimeZone(z, utilities)]);
    expect(verdicts).toEqual([
      ['Asia/Shanghai', true], ['Asia/Shangai', false], ['UTC', true], ['Europe/London', true],
      ['America/Los_Angeles', true], ['Asia/Kolkata', true], ['Mars/Olympus', false], ['上海', false], ['', false],
    ]);
  });
});
