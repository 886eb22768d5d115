import { calendarDiff, type ExistingEvent } from '../../src/calendar/calendarDiff';
import type { DesiredEvent } from '../../src/calendar/eventSpan';
import { eventHash, markedDescription, markText } from '../../src/calendar/eventMarker';
import { desired } from '../fixtures/planItems';

/** The event our sync would have created for `d` (description marker and tag). */
function created(d: DesiredEvent, id: string): ExistingEvent {
  return { id, description: markedDescription(d), tag: markText({ key: d.key, hash: eventHash(d) }) };
}

const scope = { planYear: 2023 };
const a = desired({ row: 2, planId: '2023-0001', content: '制定年度工作要点', month: { year: 2023, month: 2 } });
const b = desired({ row: 3, planId: '2023-0002', content: '“三八节”系列活动' });
const c = desired({ row: 4, planId: '2023-0003', content: '组织教职工校运会', month: { year: 2023, month: 4 } });

describe('calendarDiff', () => {
  it('creates every event on the first sync', () => {
    const diff = calendarDiff([a, b, c], [], scope);
    expect(diff.creates.map((p) => p.desired.key)).toEqual(['2023-0001', '2023-0002', '2023-0003']);
    expect(diff.creates[0].hash).toBe(eventHash(a));
    expect([diff.updates, diff.deletes, diff.unchanged]).toEqual([[], [], []]);
  });

  it('leaves everything alone when nothing changed', () => {
    const diff = calendarDiff([a, b, c], [created(a, 'e1'), created(b, 'e2'), created(c, 'e3')], scope);
    expect(diff.unchanged.map((u) => u.event.id)).toEqual(['e1', 'e2', 'e3']);
    expect([diff.creates, diff.updates, diff.deletes]).toEqual([[], [], []]);
  });

  it('updates exactly the edited row', () => {
    const edited = desired({ row: 3, planId: '2023-0002', content: '“三八节”系列活动', note: '改在成都校区' });
    const diff = calendarDiff([a, edited, c], [created(a, 'e1'), created(b, 'e2'), created(c, 'e3')], scope);
    expect(diff.updates).toHaveLength(1);
    expect(diff.updates[0]).toMatchObject({ event: { id: 'e2' }, hash: eventHash(edited), tagOnly: false });
    expect(diff.unchanged).toHaveLength(2);
    expect([diff.creates, diff.deletes]).toEqual([[], []]);
  });

  it('deletes the event of a deleted row', () => {
    const diff = calendarDiff([a, c], [created(a, 'e1'), created(b, 'e2'), created(c, 'e3')], scope);
    expect(diff.deletes).toEqual([{ event: expect.objectContaining({ id: 'e2' }), key: '2023-0002', reason: 'removed' }]);
    expect(diff.unchanged).toHaveLength(2);
  });

  it('never touches an event without our marker, even one with a plan-like title or description', () => {
    const foreign: ExistingEvent[] = [
      { id: 'f1', description: '部门例会', tag: null },
      { id: 'f2', description: '制定年度工作要点\n负责部门：办公室', tag: null },
      { id: 'f3', description: '[uniondesk:2023-0001:not-a-hash]', tag: 'something else' },
    ];
    const diff = calendarDiff([a], [...foreign, created(a, 'e1')], scope);
    expect(diff.untouched).toBe(3);
    expect(diff.deletes).toEqual([]);
    expect(diff.updates).toEqual([]);
    expect(diff.unchanged.map((u) => u.event.id)).toEqual(['e1']);
  });

  it('recovers a lost 日历事件ID from the calendar instead of creating a duplicate', () => {
    const lost = { ...b, knownEventId: '' };
    const diff = calendarDiff([lost], [created(b, 'e2')], scope);
    expect(diff.creates).toEqual([]);
    expect(diff.unchanged[0].event.id).toBe('e2');
  });

  it('keeps one of several events with the same key (the one 日历事件ID names) and deletes the extras', () => {
    const row = { ...b, knownEventId: 'e2b' };
    const diff = calendarDiff([row], [created(b, 'e2a'), created(b, 'e2b'), created(b, 'e2c')], scope);
    expect(diff.unchanged.map((u) => u.event.id)).toEqual(['e2b']);
    expect(diff.deletes.map((d) => [d.event.id, d.reason])).toEqual([['e2a', 'duplicate'], ['e2c', 'duplicate']]);
  });

  it('without a 日历事件ID keeps an up-to-date duplicate rather than a stale one', () => {
    const stale = desired({ row: 3, planId: '2023-0002', content: '旧标题' });
    const diff = calendarDiff([b], [created(stale, 'old'), created(b, 'fresh')], scope);
    expect(diff.unchanged.map((u) => u.event.id)).toEqual(['fresh']);
    expect(diff.deletes.map((d) => d.event.id)).toEqual(['old']);
  });

  it('restores the marker when a colleague rewrote the description (the tag still names the row)', () => {
    const rewritten: ExistingEvent = { ...created(b, 'e2'), description: '已改期，详见群通知' };
    const diff = calendarDiff([b], [rewritten], scope);
    expect(diff.updates).toMatchObject([{ event: { id: 'e2' }, tagOnly: false }]);
  });

  it('only sets the tag when a run stopped between creating the event and tagging it', () => {
    const untagged: ExistingEvent = { ...created(b, 'e2'), tag: null };
    expect(calendarDiff([b], [untagged], scope).updates).toMatchObject([{ event: { id: 'e2' }, tagOnly: true }]);
  });

  it('leaves last year’s events and the events of rows that could not be read this time', () => {
    const lastYear = desired({ planId: '2022-0005' });
    const bad = desired({ planId: '2023-0009' });
    const diff = calendarDiff([a], [created(a, 'e1'), created(lastYear, 'old'), created(bad, 'e9')], {
      planYear: 2023, heldKeys: new Set(['2023-0009']),
    });
    expect(diff.deletes).toEqual([]);
    expect(diff.untouched).toBe(2);
  });

  it('refuses to sync two rows that share one 计划编号', () => {
    const copy = { ...a, row: 9 };
    const diff = calendarDiff([a, copy], [], scope);
    expect(diff.creates).toHaveLength(1);
    expect(diff.duplicateKeys.map((d) => d.row)).toEqual([9]);
  });
});
