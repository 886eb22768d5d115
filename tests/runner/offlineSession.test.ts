import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../runner/cli';
import { openSession } from '../../runner/offlineSession';
import { CalendarStore } from '../../runner/services/calendar';

const quiet = () => undefined;

describe('an offline run killed between saving the calendar and saving the workbook', () => {
  it('finds the calendar it created on the rerun instead of creating a second one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-session-'));
    const path = join(dir, '工会.xlsx');
    const calendarPath = join(dir, 'calendar.json');
    expect(await main(['init', path, '--sample'], quiet)).toBe(0);

    // First run: the calendar (with its 36 events) reaches the disk, the workbook never does,
    // so 设置!共享日历ID is still blank when the next run starts.
    const calendar = new CalendarStore(calendarPath);
    const first = await openSession({ workbookPath: path, print: quiet, services: { calendar } });
    const result = first.call<{ status: string }>('apiSyncCalendar', { dryRun: false, confirmDeletes: false, createCalendar: true });
    expect(result.status).toBe('done');
    calendar.save();
    first.close();

    expect(await main(['sync', path], quiet)).toBe(0);
    const saved = JSON.parse(readFileSync(calendarPath, 'utf8'));
    expect(saved.calendars).toHaveLength(1);
    expect(saved.calendars[0].events).toHaveLength(36);
  });
});
