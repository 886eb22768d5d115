import { eventHash, markedDescription, markText, parseMarkText } from '../../src/calendar/eventMarker';
import { desired } from '../fixtures/planItems';

describe('eventMarker', () => {
  it('puts the key and content hash at the end of the description, and reads them back', () => {
    const e = desired({ planId: '2023-0007' });
    const text = markedDescription(e);
    expect(text.startsWith(e.description)).toBe(true);
    expect(parseMarkText(text)).toEqual({ key: '2023-0007', hash: eventHash(e) });
  });

  it('reads the same pair from a tag value', () => {
    expect(parseMarkText(markText({ key: '2023-0012', hash: '0123456789abcdef' }))).toEqual({ key: '2023-0012', hash: '0123456789abcdef' });
  });

  it('finds nothing in a colleague’s own event, or in a blank or missing description', () => {
    expect(parseMarkText('部门例会，带笔记本 [会议室 3]')).toBeNull();
    expect(parseMarkText('')).toBeNull();
    expect(parseMarkText(null)).toBeNull();
  });

  it('survives keys with spaces, colons and brackets', () => {
    const key = '2023-A: [特别] 项';
    expect(parseMarkText(`前言\n${markText({ key, hash: 'ffffffffffffffff' })}`)).toEqual({ key, hash: 'ffffffffffffffff' });
  });

  it('changes the hash when anything written to the event changes, and only then', () => {
    const base = desired();
    expect(eventHash(desired())).toBe(eventHash(base));
    expect(eventHash(desired({ content: '“三八节”系列活动（改期）' }))).not.toBe(eventHash(base));
    expect(eventHash(desired({ note: '带工作证' }))).not.toBe(eventHash(base));
    expect(eventHash(desired({ location: '成都校区' }))).not.toBe(eventHash(base));
    expect(eventHash(desired({ start: { date: '2023-03-08', time: null } }))).not.toBe(eventHash(base));
    // Where the row sits and the 日历事件ID it holds are not part of the event.
    expect(eventHash(desired({ row: 9, eventId: 'abc@google.com' }))).toBe(eventHash(base));
  });
});
