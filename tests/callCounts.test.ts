import { CalendarStore } from '../runner/services/calendar';
import { StateStore } from '../runner/stateFile';
import { cloneWorkbook } from './support/cloneWorkbook';
import { CLERK, setSetting } from './support/noticeWorkbook';
import { answering, runBundle } from './support/offlineBundle';
import { FIXED_CALL_ACTIONS, scaledWorkbook } from './support/scaledWorkbook';

// docs/architecture.md: a fixed number of spreadsheet calls per table, whatever the number of rows. Measured
// on each side of Sheets' default 1,000-row grid, where a write past the grid must grow it.
const SIZES = [60, 1_100] as const;

function workbooks() {
  return SIZES.map((n) => {
    const wb = scaledWorkbook(n);
    setSetting(wb, '管理员', CLERK);
    return wb;
  });
}

const office = (base: ReturnType<typeof scaledWorkbook>) => {
  const workbook = cloneWorkbook(base);
  const calendar = new CalendarStore();
  const store = new StateStore(null);
  return () => runBundle({ workbook, user: CLERK, responder: answering('YES'), services: { calendar, store, mail: {} } });
};

describe('spreadsheet calls do not grow with the rows', () => {
  const bases = workbooks();

  it.each(FIXED_CALL_ACTIONS.map(([name, act]) => [name, act] as const))('%s', (_name, act) => {
    const [small, big] = bases.map((base, i) => {
      const run = office(base)();
      act(run, SIZES[i]);
      return run.services.log.snapshot('spreadsheet');
    });
    expect(big).toEqual(small);
  });

  it('同步工作计划到日历: the first sync and a re-sync with nothing to change', () => {
    const [small, big] = bases.map((base) => {
      const run = office(base);
      const first = run();
      first.call('apiSyncCalendar', { createCalendar: true });
      // On Apps Script's time the first sync of 1,100 rows does not fit into one run: its
      // continuations finish it before the re-sync, which then has nothing to change.
      for (let i = 0; i < 10 && first.services.state.state.triggers.some((t) => t.handler === 'continueSyncCalendar'); i++) run().call('continueSyncCalendar');
      const again = run();
      again.call('apiSyncCalendar', {});
      return [first.services.log.snapshot('spreadsheet'), again.services.log.snapshot('spreadsheet')];
    });
    expect(big).toEqual(small);
  });
});
