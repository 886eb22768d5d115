import ICAL from 'ical.js';
import { escapeText, foldLine, icsSequence, writeIcs } from '../../src/calendar/icsWriter';
import { icsUid } from '../../src/calendar/icsLedger';
import { desiredEvent } from '../../src/calendar/eventSpan';
import { desired, planItem } from '../fixtures/planItems';

const NOW = new Date(Date.UTC(2023, 2, 24, 8, 30, 15));
const NAMESPACE = '5f0c9e2a71d43b86';
const options = {
  calendarName: '四川农业大学工会 2023年度工作计划',
  uid: (key: string) => icsUid(key, NAMESPACE),
  now: NOW,
  sequence: icsSequence(NOW),
  organizer: { email: 'gonghui@sicau.edu.cn', name: '四川农业大学工会' },
};

const month = desired({ row: 2, planId: '2023-0001', content: '制定年度工作要点', month: { year: 2023, month: 2 }, department: '办公室' });
const days = desired({
  row: 3, planId: '2023-0002', content: '“三八节”系列活动', location: '雅安校区工会活动中心',
  start: { date: '2023-03-08', time: null }, end: { date: '2023-03-10', time: null },
});
const timed = desired({
  row: 4, planId: '2023-0003', content: '举办“五一”健步走活动', location: '成都校区', note: '穿运动鞋; 自带水,帽子\n8:30 集合',
  start: { date: '2023-04-28', time: '09:00' }, end: { date: '2023-04-28', time: '11:30' },
});
const january = desired({ row: 5, planId: '2023-0004', content: '元旦慰问和送温暖活动', month: { year: 2024, month: 1 } });

function parse(text: string) {
  const vcal = new ICAL.Component(ICAL.parse(text));
  // Only the file's own VTIMEZONEs may explain its times.
  ICAL.TimezoneService.reset();
  for (const tz of vcal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return { vcal, events: vcal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('icsWriter: the file an independent parser reads', () => {
  const text = writeIcs([month, days, timed, january], options);
  const { vcal, events } = parse(text);

  it('has the calendar header a calendar app expects', () => {
    expect(vcal.getFirstPropertyValue('prodid')).toBe('-//UnionDesk//工会助手//ZH');
    expect(vcal.getFirstPropertyValue('version')).toBe('2.0');
    expect(vcal.getFirstPropertyValue('x-wr-calname')).toBe('四川农业大学工会 2023年度工作计划');
  });

  it('has one event per row with the sheet’s dates: all-day ones with exclusive ends', () => {
    expect(events.map((e) => e.summary)).toEqual(['制定年度工作要点', '“三八节”系列活动', '举办“五一”健步走活动', '元旦慰问和送温暖活动']);
    const [m, d, , j] = events;
    expect([m.startDate.isDate, m.startDate.toString(), m.endDate.toString()]).toEqual([true, '2023-02-01', '2023-03-01']);
    expect([d.startDate.isDate, d.startDate.toString(), d.endDate.toString()]).toEqual([true, '2023-03-08', '2023-03-11']);
    expect([j.startDate.toString(), j.endDate.toString()]).toEqual(['2024-01-01', '2024-02-01']);
    expect(text).toContain('DTSTART;VALUE=DATE:20230308\r\nDTEND;VALUE=DATE:20230311\r\n');
  });

  it('gives timed events a TZID with its VTIMEZONE, so 09:00 is 09:00 in Shanghai', () => {
    const t = events[2];
    expect(t.startDate.isDate).toBe(false);
    expect(t.startDate.zone!.tzid).toBe('Asia/Shanghai');
    expect(t.startDate.toJSDate().toISOString()).toBe('2023-04-28T01:00:00.000Z');
    expect(t.endDate.toJSDate().toISOString()).toBe('2023-04-28T03:30:00.000Z');
    expect(vcal.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Asia/Shanghai']);
    expect(text).toContain('TZOFFSETTO:+0800');
  });

  it('brings back text with ; , \\ and line breaks intact', () => {
    expect(events[2].description).toBe('负责部门：女工委\n地点：成都校区\n备注：穿运动鞋; 自带水,帽子\n8:30 集合\n2023年度工作计划');
    expect(events[2].location).toBe('成都校区');
  });

  it('stamps every event with DTSTAMP and the export’s SEQUENCE', () => {
    for (const v of vcal.getAllSubcomponents('vevent')) {
      expect(v.getFirstPropertyValue('dtstamp')!.toString()).toBe('2023-03-24T08:30:15Z');
      expect(v.getFirstPropertyValue('sequence')).toBe(icsSequence(NOW));
    }
  });

  it('uses CRLF everywhere and no line longer than 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('writes no VTIMEZONE when every event is all-day', () => {
    expect(writeIcs([month, days], options)).not.toContain('VTIMEZONE');
  });
});

describe('icsWriter: folding and escaping', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds a long Chinese title at 75 octets without splitting a character', () => {
    const title = '关于举办二〇二三年度全校教职工“中国梦·劳动美”主题健步走暨工会会员趣味运动会系列活动的通知（雅安、成都、都江堰三校区同步进行）';
    const folded = foldLine(`SUMMARY:${escapeText(title)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const [i, line] of lines.entries()) {
      const bytes = Buffer.from(line, 'utf8');
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(bytes.toString('utf8')).toBe(line); // no broken character at either end
      if (i > 0) expect(line.startsWith(' ')).toBe(true);
    }
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`SUMMARY:${title}`);
    const e = parse(writeIcs([desired({ content: title })], { ...options })).events[0];
    expect(e.summary).toBe(title);
  });

  it('keeps a 4-octet character whole at a fold', () => {
    const line = `SUMMARY:${'a'.repeat(66)}😀😀`;
    const lines = foldLine(line).split('\r\n');
    expect(lines[0]).toBe(`SUMMARY:${'a'.repeat(66)}`);
    expect(lines[1]).toBe(' 😀😀');
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});

describe('icsWriter: identity, organizer and cancellations', () => {
  it('keeps a row’s UID when other rows change, move or disappear', () => {
    const first = parse(writeIcs([month, days, timed], options)).events;
    const moved = desired({ row: 9, planId: '2023-0002', content: '“三八节”系列活动（改期）', start: { date: '2023-03-09', time: null } });
    const later = parse(writeIcs([moved, month], { ...options, now: new Date(NOW.getTime() + 86400000) })).events;
    expect(later.find((e) => e.summary.startsWith('“三八节”'))!.uid).toBe(first[1].uid);
    expect(later.find((e) => e.summary === '制定年度工作要点')!.uid).toBe(first[0].uid);
    expect(first.map((e) => e.uid)).toEqual(['2023-0001-5f0c9e2a71d43b86@uniondesk', '2023-0002-5f0c9e2a71d43b86@uniondesk', '2023-0003-5f0c9e2a71d43b86@uniondesk']);
  });

  it('publishes with the union as ORGANIZER in every event, as RFC 5546 asks of METHOD:PUBLISH', () => {
    const text = writeIcs([month, timed], { ...options, cancelled: { keys: ['2023-0009'], day: '2023-02-01' } });
    const { vcal } = parse(text);
    expect(vcal.getFirstPropertyValue('method')).toBe('PUBLISH');
    const events = vcal.getAllSubcomponents('vevent');
    expect(events).toHaveLength(3);
    for (const v of events) {
      const organizer = v.getFirstProperty('organizer')!;
      expect([organizer.getFirstValue(), organizer.getParameter('cn')]).toEqual(['mailto:gonghui@sicau.edu.cn', '四川农业大学工会']);
    }
  });

  it('drops METHOD when the union has no address, and never lets a quote break the CN parameter', () => {
    const bare = writeIcs([month], { ...options, organizer: null });
    expect(bare).not.toMatch(/METHOD|ORGANIZER/);
    const quoted = writeIcs([month], { ...options, organizer: { email: 'a@b.cn', name: '“某”"工会"\r\nX' } });
    expect(quoted).toContain('ORGANIZER;CN="“某”工会X":mailto:a@b.cn\r\n');
    expect(parse(quoted).vcal.getFirstSubcomponent('vevent')!.getFirstProperty('organizer')!.getParameter('cn')).toBe('“某”工会X');
  });

  it('writes deleted rows as STATUS:CANCELLED with the same UID and SEQUENCE as the live events', () => {
    const { vcal, events } = parse(writeIcs([month], { ...options, cancelled: { keys: ['2023-0007'], day: '2023-02-01' } }));
    const [live, gone] = vcal.getAllSubcomponents('vevent');
    expect(live.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(gone.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(events[1].uid).toBe('2023-0007-5f0c9e2a71d43b86@uniondesk');
    expect(events[1].sequence).toBe(icsSequence(NOW));
    expect(events[1].summary).toBe('已删除的工作计划（计划编号 2023-0007）');
    expect([events[1].startDate.toString(), events[1].endDate.toString()]).toEqual(['2023-02-01', '2023-02-02']);
  });
});

describe('icsWriter: a plan in a zone with daylight saving', () => {
  it('writes a VTIMEZONE that an independent parser converts correctly on both sides of the change', () => {
    const ctx = { planYear: 2024, timeZone: 'America/Los_Angeles' };
    const winter = desiredEvent(planItem({ planId: '2024-0001', start: { date: '2024-01-10', time: '09:00' } }), ctx);
    const summer = desiredEvent(planItem({ planId: '2024-0002', start: { date: '2024-07-10', time: '09:00' } }), ctx);
    const { events } = parse(writeIcs([winter, summer], options));
    expect(events[0].startDate.toJSDate().toISOString()).toBe('2024-01-10T17:00:00.000Z');
    expect(events[1].startDate.toJSDate().toISOString()).toBe('2024-07-10T16:00:00.000Z');
  });
});
