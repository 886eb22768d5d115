// The writing half of 同步工作计划到日历: the diff's creates, updates and deletions, one at a time,
// within the run's deadline; and when Google keeps refusing, the pause until tomorrow.
import type { CalendarDiff, EventDeletion, EventUpdate, PlannedEvent } from './calendarDiff';
import type { Deadline } from '../kernel/deadline';
import { addDays } from '../kernel/dates/isoDate';
import type { Problem } from '../kernel/problem';
import { SHEET } from '../kernel/sheets/schema';

/**
 * Runs in a row that Google refused to write in before the sync stops for the day: its limits
 * last hours once reached (and the daily quota a day), and each refused run still costs trigger
 * time — 90 minutes a day on a gmail.com account, shared with the hourly automatic sending.
 */
export const REFUSED_RUNS_BEFORE_PAUSE = 3;
/** Where a sync paused for the day resumes: the next morning, in the plan's time zone. */
const RESUME_AT = '07:00';

/**
 * Minutes until the next run after this many refused runs in a row. Google's short-term limit is
 * reported to last from minutes to hours: the next try comes a minute later, the day's last one
 * half an hour later — a limit of half an hour has passed by then (a 5,000-row first sync then
 * goes on the same day), and one of hours has cost three short runs, not the day's trigger time.
 */
export function retryAfterMinutes(refusedRuns: number): number {
  return refusedRuns >= REFUSED_RUNS_BEFORE_PAUSE - 1 ? 30 : 1;
}

/** 'YYYY-MM-DD HH:mm' to resume at when this many refused runs in a row call for a pause; else null. */
export function pauseUntil(refusedRuns: number, now: string): string | null {
  return refusedRuns >= REFUSED_RUNS_BEFORE_PAUSE ? `${addDays(now.slice(0, 10), 1)} ${RESUME_AT}` : null;
}

/** The writes apply needs (PlanCalendar over CalendarApp). */
export interface CalendarWriter {
  create(p: PlannedEvent): string;
  update(u: EventUpdate): void;
  remove(d: EventDeletion): void;
}

export interface Applied {
  readonly created: Map<number, string>;
  readonly updated: Set<number>;
  readonly deleted: Set<string>;
  /** The failures, and the plan rows they belong to. */
  readonly failures: Problem[];
  readonly failedRows: Set<number>;
  /** null: everything was done; 'time': ~5 minutes used up; 'refused': Google refused every write (its short-term limit or the daily quota). */
  stoppedBy: null | 'time' | 'refused';
}

/** Creates, updates, then deletions, each one a unit a rerun can redo; stops before the time limit. */
export function apply(cal: CalendarWriter, diff: CalendarDiff, deletes: CalendarDiff['deletes'], deadline: Deadline): Applied {
  const done: Applied = { created: new Map(), updated: new Set(), deleted: new Set(), failures: [], failedRows: new Set(), stoppedBy: null };
  const steps: Array<{ row: number; label: string; run: () => void }> = [
    ...diff.creates.map((c) => ({ row: c.desired.row, label: c.desired.title, run: () => void done.created.set(c.desired.row, cal.create(c)) })),
    ...diff.updates.map((u) => ({ row: u.desired.row, label: u.desired.title, run: () => { cal.update(u); done.updated.add(u.desired.row); } })),
    ...deletes.map((d) => ({ row: 0, label: `计划编号 ${d.key}`, run: () => { cal.remove(d); done.deleted.add(d.event.id); } })),
  ];
  // Google's refusals come worded in the clerk's language, so they are told apart from a bad
  // item by what follows: a write that fails alone is that item's failure; two different writes
  // failing in a row mean Google refuses writes for now (both are retried in a later run).
  let suspect: { row: number; problem: Problem } | null = null;
  const settle = () => {
    if (!suspect) return;
    done.failures.push(suspect.problem);
    done.failedRows.add(suspect.row);
    suspect = null;
  };
  for (const step of steps) {
    if (deadline.expired(Date.now())) {
      done.stoppedBy = 'time';
      break;
    }
    try {
      step.run();
      settle();
    } catch (e) {
      if (suspect) {
        suspect = null;
        done.stoppedBy = 'refused';
        break;
      }
      const message = e instanceof Error ? e.message : String(e);
      suspect = { row: step.row, problem: { sheet: SHEET.plan, row: step.row || undefined, message: `${step.label}：日历写入失败：${message}` } };
    }
  }
  settle();
  return done;
}
