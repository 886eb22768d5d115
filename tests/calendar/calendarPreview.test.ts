import { calendarDiff } from '../../src/calendar/calendarDiff';
import { changeLists, describeTiming, planToken, previewText } from '../../src/calendar/calendarPreview';
import { eventHash, markedDescription, markText } from '../../src/calendar/eventMarker';
import { desired } from '../fixtures/planItems';

describe('calendarPreview', () => {
  it('says when in the words a clerk uses', () => {
    expect(describeTiming({ kind: 'allDay', start: '2023-03-01', end: '2023-04-01' })).toBe('2023年3月');
    expect(describeTiming({ kind: 'allDay', start: '2023-03-08', end: '2023-03-09' })).toBe('2023-03-08');
    expect(describeTiming({ kind: 'allDay', start: '2023-03-08', end: '2023-03-11' })).toBe('2023-03-08 至 2023-03-10');
    expect(describeTiming({ kind: 'timed', start: { date: '2023-04-28', time: '09:00' }, end: { date: '2023-04-28', time: '11:30' }, timeZone: 'Asia/Shanghai' }))
      .toBe('2023-04-28 09:00–11:30');
    expect(describeTiming({ kind: 'timed', start: { date: '2023-04-28', time: '20:00' }, end: { date: '2023-04-29', time: '02:00' }, timeZone: 'Asia/Shanghai' }))
      .toBe('2023-04-28 20:00–2023-04-29 02:00');
  });

  it('gives the counts, then the first five items of each kind', () => {
    const rows = Array.from({ length: 7 }, (_, i) => desired({ row: i + 2, planId: `2023-000${i + 1}`, content: `工作${i + 1}` }));
    const gone = desired({ planId: '2023-0099', content: '已删除的工作' });
    const existing = [{ id: 'old', description: markedDescription(gone), tag: markText({ key: gone.key, hash: eventHash(gone) }) }, { id: 'f', description: '别人的', tag: null }];
    const text = previewText(calendarDiff(rows, existing, { planYear: 2023 }), {
      calendarName: '工会日历', deleteTitles: new Map([['old', '已删除的工作']]), skipped: ['工作计划!12 月份: “十三月”不是有效月份'], deletesHeld: true,
    });
    expect(text).toBe([
      '日历“工会日历”：新建 7 项，更新 0 项，删除 1 项，不变 0 项。',
      '日历中另有 1 个不是由本工具为本年度计划创建的事件，不会被改动。',
      '新建：',
      '  第2行 工作1（2023年3月）',
      '  第3行 工作2（2023年3月）',
      '  第4行 工作3（2023年3月）',
      '  第5行 工作4（2023年3月）',
      '  第6行 工作5（2023年3月）',
      '  ……共 7 项',
      '删除（需确认，本次未执行）：',
      '  计划编号 2023-0099 已删除的工作（工作计划中已没有这一行）',
      '有问题、本次跳过的行（已有的日历事件保持不变）：',
      '  工作计划!12 月份: “十三月”不是有效月份',
    ].join('\n'));
  });
});

describe('changeLists and planToken', () => {
  const a = desired({ row: 2, planId: '2023-0001', content: '工作1' });
  const gone = desired({ planId: '2023-0009', content: '旧工作' });
  const existing = [{ id: 'old', description: markedDescription(gone), tag: markText({ key: gone.key, hash: eventHash(gone) }) }];

  it('gives the same items as the preview, structured', () => {
    expect(changeLists(calendarDiff([a], existing, { planYear: 2023 }), new Map([['old', '旧工作']]), 10)).toEqual({
      creates: [{ key: '2023-0001', title: '工作1', when: '2023年3月', row: 2, note: '' }],
      updates: [],
      deletes: [{ key: '2023-0009', title: '旧工作', when: '', row: null, note: '计划行已删除' }],
    });
  });

  it('names a change list: the same diff, the same token; any change, another', () => {
    const token = planToken(calendarDiff([a], existing, { planYear: 2023 }));
    expect(planToken(calendarDiff([a], existing, { planYear: 2023 }))).toBe(token);
    expect(planToken(calendarDiff([{ ...a, title: '工作1（改）' }], existing, { planYear: 2023 }))).not.toBe(token);
    expect(planToken(calendarDiff([a], [], { planYear: 2023 }))).not.toBe(token);
  });
});
