// Google's per-user quotas in the offline services, with Google's own messages.
import { createOfflineServices } from '../../../runner/services';
import { CalendarStore, eventIdFor } from '../../../runner/services/calendar';
import { AppsScriptQuotas, CALENDAR_THROTTLE_MESSAGE } from '../../../runner/services/quotas';
import { VirtualClock } from '../../../runner/services/virtualClock';
import { MemoryWorkbook } from '../../../runner/workbook';

const HOUR = 3_600_000;

function services(quotas: AppsScriptQuotas, clock: VirtualClock, user = 'clerk@gmail.com', calendar = new CalendarStore()) {
  const s = createOfflineServices({ workbook: MemoryWorkbook.create(), user, clock, quotas, calendar });
  return {
    mail: s.globals.MailApp as GoogleAppsScript.Mail.MailApp,
    calendar: (s.globals.CalendarApp as GoogleAppsScript.Calendar.CalendarApp).createCalendar('工会'),
    scriptApp: s.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp,
  };
}

const day = new Date('2024-05-06T00:00:00+08:00');

describe('daily quotas', () => {
  it('a gmail.com account mails 100 recipients a day; the 24 hours run from the first send', () => {
    const clock = new VirtualClock();
    const quotas = new AppsScriptQuotas(clock, 'consumer');
    const { mail } = services(quotas, clock);
    for (let i = 0; i < 99; i++) mail.sendEmail(`m${i}@example.edu.cn`, '通知', '正文');
    expect(mail.getRemainingDailyQuota()).toBe(1);
    expect(() => mail.sendEmail({ to: 'a@example.edu.cn,b@example.edu.cn', subject: 's', body: 'b' })).toThrow('Service invoked too many times for one day: email.');
    mail.sendEmail('last@example.edu.cn', '通知', '正文');
    // A later execution by the same clerk shares the quota.
    const later = services(quotas, clock).mail;
    expect(later.getRemainingDailyQuota()).toBe(0);
    clock.setTime(clock.now() + 24 * HOUR);
    expect(later.getRemainingDailyQuota()).toBe(100);
  });

  it('a Workspace account mails 1,500 a day; each clerk has their own quota', () => {
    const clock = new VirtualClock();
    const quotas = new AppsScriptQuotas(clock, 'workspace');
    expect(services(quotas, clock).mail.getRemainingDailyQuota()).toBe(1500);
    services(quotas, clock, 'a@union.edu.cn').mail.sendEmail('m@example.edu.cn', 's', 'b');
    expect(services(quotas, clock, 'a@union.edu.cn').mail.getRemainingDailyQuota()).toBe(1499);
    expect(services(quotas, clock, 'b@union.edu.cn').mail.getRemainingDailyQuota()).toBe(1500);
  });

  it('5,000 calendar events a day on a consumer account, then Google’s daily message', () => {
    const clock = new VirtualClock();
    const quotas = new AppsScriptQuotas(clock, 'consumer', null);
    const { calendar } = services(quotas, clock);
    for (let i = 0; i < 5000; i++) calendar.createAllDayEvent(`活动${i}`, day);
    expect(() => calendar.createAllDayEvent('再一个', day)).toThrow('Service invoked too many times for one day: calendar.');
    clock.setTime(clock.now() + 24 * HOUR);
    expect(calendar.createAllDayEvent('第二天', day).getTitle()).toBe('第二天');
  });

  it('many creates in a row hit the short-term limit, which lasts: Google’s message, then recovery', () => {
    const clock = new VirtualClock();
    const quotas = new AppsScriptQuotas(clock, 'consumer', { burst: 200, refillMs: 3000, penaltyMs: 30 * 60_000 });
    const { calendar } = services(quotas, clock);
    // 200 at once, one more every 3 s; each create takes 0.7 s, so a loop outruns the refill.
    let created = 0;
    let error: unknown = null;
    for (; created < 1000 && error === null; created++) {
      try { calendar.createAllDayEvent(`活动${created}`, day); } catch (e) { error = e; }
    }
    expect((error as Error).message).toBe(CALENDAR_THROTTLE_MESSAGE);
    expect(created).toBeGreaterThan(200);
    expect(created).toBeLessThan(300);
    // Retrying a minute later does not help: the limit is sustained.
    clock.setTime(clock.now() + 60_000);
    expect(() => calendar.createAllDayEvent('一分钟后', day)).toThrow('in a short time');
    clock.setTime(clock.now() + 30 * 60_000);
    expect(calendar.createAllDayEvent('半小时后', day).getTitle()).toBe('半小时后');
  });
});

describe('IDs as long as Google’s', () => {
  it('events get a 37-character iCalUID ending in @google.com; triggers a 19-digit unique ID', () => {
    const clock = new VirtualClock();
    const { calendar, scriptApp } = services(new AppsScriptQuotas(clock), clock);
    const id = calendar.createAllDayEvent('活动', day).getId();
    expect(id).toMatch(/^[0-9a-v]{26}@google\.com$/);
    expect(eventIdFor(1)).not.toBe(eventIdFor(2));
    expect(scriptApp.newTrigger('tick').timeBased().after(60_000).create().getUniqueId()).toMatch(/^[1-9]\d{18}$/);
  });
});
