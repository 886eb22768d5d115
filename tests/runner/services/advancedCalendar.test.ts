// The Calendar advanced service offline: Events.list over the calendar CalendarApp writes, in the
// API's shapes, page by page, counted like every other call.
import { CallLog } from '../../../runner/services/callLog';
import { CalendarStore, createCalendarApp } from '../../../runner/services/calendar';
import { createAdvancedCalendar, parseFields } from '../../../runner/services/advancedCalendar';
import { Zones } from '../../../runner/services/calendarEvent';

function setup() {
  const log = new CallLog();
  const store = new CalendarStore();
  const calendarApp = createCalendarApp({ log, scriptTimeZone: 'Asia/Shanghai' }, store);
  const api = createAdvancedCalendar(store, new Zones('Asia/Shanghai'), log);
  const cal = calendarApp.createCalendar('工会', { timeZone: 'Asia/Shanghai' });
  return { log, store, api, cal, calendarApp };
}

const day = (iso: string) => new Date(`${iso}T00:00:00+08:00`);

describe('offline Calendar.Events.list', () => {
  it('returns what CalendarApp wrote in the API’s shape: iCalUID = getId(), tags as private extended properties', () => {
    const { api, cal } = setup();
    const allDay = cal.createAllDayEvent('三八节活动', day('2023-03-08'), { description: '说明', location: '' });
    allDay.setTag('uniondesk', '2023-0001:0123456789abcdef');
    const timed = cal.createEvent('篮球赛', new Date('2023-04-28T09:00:00+08:00'), new Date('2023-04-28T11:30:00+08:00'), { location: '体育馆' });
    const page = api.Events!.list(cal.getId(), { timeMin: '2023-01-01T00:00:00Z', timeMax: '2024-01-01T00:00:00Z' });
    expect(page).toMatchObject({ kind: 'calendar#events', summary: '工会', timeZone: 'Asia/Shanghai', accessRole: 'owner' });
    expect(page.nextPageToken).toBeUndefined();
    const [a, t] = page.items!;
    expect(a).toMatchObject({
      kind: 'calendar#event', status: 'confirmed', iCalUID: allDay.getId(), id: allDay.getId().replace('@google.com', ''),
      summary: '三八节活动', description: '说明', start: { date: '2023-03-08' }, end: { date: '2023-03-09' },
      extendedProperties: { private: { uniondesk: '2023-0001:0123456789abcdef' } },
    });
    // Empty fields are left out, as the API leaves them out.
    expect(a.location).toBeUndefined();
    expect(t).toMatchObject({ iCalUID: timed.getId(), location: '体育馆', start: { dateTime: '2023-04-28T09:00:00+08:00' }, end: { dateTime: '2023-04-28T11:30:00+08:00' } });
    expect(t.description).toBeUndefined();
    expect(t.extendedProperties).toBeUndefined();
  });

  it('lists only events overlapping [timeMin, timeMax), never deleted ones', () => {
    const { api, cal, store } = setup();
    cal.createAllDayEvent('二月', day('2023-02-01'));
    const march = cal.createAllDayEvent('三月', day('2023-03-01'));
    cal.createAllDayEvent('四月', day('2023-04-01'));
    const list = () => api.Events!.list(cal.getId(), { timeMin: '2023-02-15T00:00:00+08:00', timeMax: '2023-04-01T00:00:00+08:00' }).items!.map((e) => e.summary);
    expect(list()).toEqual(['三月']);
    store.cancel(march.getId());
    expect(list()).toEqual([]);
  });

  it('pages by maxResults (at most 2,500) with a nextPageToken, and each page is one counted call', () => {
    const { api, cal, log } = setup();
    for (let i = 0; i < 7; i++) cal.createAllDayEvent(`活动 ${i}`, day(`2023-05-${String(i + 1).padStart(2, '0')}`));
    const id = cal.getId();
    log.reset();
    const titles: string[] = [];
    let pageToken: string | undefined;
    do {
      const page = api.Events!.list(id, { maxResults: 3, ...(pageToken ? { pageToken } : {}) });
      titles.push(...page.items!.map((e) => e.summary!));
      pageToken = page.nextPageToken;
    } while (pageToken);
    expect(titles).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `活动 ${i}`));
    expect(log.snapshot()).toEqual({ 'Calendar.Events.list': 3 });
  });

  it('answers a partial response for `fields`', () => {
    const { api, cal } = setup();
    cal.createAllDayEvent('三月', day('2023-03-01'), { description: 'x' }).setTag('k', 'v');
    const page = api.Events!.list(cal.getId(), { fields: 'nextPageToken,items(iCalUID,summary,extendedProperties/private)' });
    expect(page).toEqual({ items: [{ iCalUID: expect.stringMatching(/@google\.com$/), summary: '三月', extendedProperties: { private: { k: 'v' } } }] });
    expect([...parseFields('a,b(c,d/e)').keys()]).toEqual(['a', 'b']);
    expect(() => parseFields('items(a')).toThrow('Invalid field selection');
  });

  it('fails as Google does for an unknown calendar or a time without offset, and names what it does not do offline', () => {
    const { api, cal } = setup();
    expect(() => api.Events!.list('nobody@group.calendar.google.com')).toThrow('API call to calendar.events.list failed with error: Not Found');
    expect(() => api.Events!.list(cal.getId(), { timeMin: '2023-01-01T00:00:00' })).toThrow('Bad Request');
    expect(() => api.Events!.list(cal.getId(), { q: '篮球' })).toThrow('not supported offline');
    expect(() => api.Events!.insert({ summary: 'x' }, cal.getId())).toThrow('not supported offline');
  });
});
