import * as fs from 'node:fs';
import { writeFileAtomic } from './atomicWrite';
import { decodeJournal, JOURNAL_PROPERTY } from '../src/kernel/journal/sendJournal';
import type { SendRecord } from '../src/kernel/journal/sendRecord';

/** A time-based trigger as ScriptApp keeps it between runs. */
export interface TriggerRecord {
  id: string;
  handler: string;
  /** 'once' for after()/at(); 'every' for everyMinutes/everyHours/everyDays. */
  kind: 'once' | 'every';
  /** once: when it fires (epoch ms). every: the first time it may fire. */
  at: number;
  /** every: interval in ms. */
  intervalMs?: number;
  /** Epoch ms of the last time the CLI ran it. A fired one-off trigger stays listed, as on Google. */
  lastRun?: number;
  createdBy: string;
}

/** What Apps Script keeps outside the spreadsheet: properties and triggers. */
export interface RunnerState {
  version: 1;
  documentProperties: Record<string, string>;
  scriptProperties: Record<string, string>;
  userProperties: Record<string, Record<string, string>>;
  triggers: TriggerRecord[];
}

export function emptyState(): RunnerState {
  return { version: 1, documentProperties: {}, scriptProperties: {}, userProperties: {}, triggers: [] };
}

/** The state file beside a workbook: x.xlsx → x.xlsx.state.json (DESIGN: WORKBOOK.state.json). */
export function statePathFor(workbookPath: string): string {
  return `${workbookPath}.state.json`;
}

export function readState(path: string): RunnerState {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
    throw e;
  }
  try {
    const parsed = JSON.parse(text) as Partial<RunnerState>;
    return { ...emptyState(), ...parsed, version: 1 };
  } catch {
    throw new Error(`状态文件 ${path} 已损坏（不是有效的 JSON），请检查或删除后重试`);
  }
}

/**
 * Holds the state in memory and writes it atomically and fsynced after every change (the
 * send journal lives in document properties, so a crash must never lose an entry).
 */
export class StateStore {
  readonly state: RunnerState;
  writes = 0;

  constructor(readonly path: string | null, initial?: RunnerState) {
    this.state = initial ?? (path ? readState(path) : emptyState());
  }

  save(): void {
    this.writes++;
    if (this.path) writeFileAtomic(this.path, JSON.stringify(this.state, null, 1) + '\n');
  }
}

/**
 * The notice being sent right now: the send journal's latest entry when it is 发送中 without a
 * note (the bundle writes it just before MailApp.sendEmail and replaces it with 已发送/失败 after;
 * a 发送中 with a note is an uncertain send that is over).
 */
export function inFlightNotice(state: RunnerState): SendRecord | null {
  const journal = decodeJournal(state.documentProperties[JOURNAL_PROPERTY]);
  const last = journal.ok ? journal.records.at(-1) : undefined;
  return last && last.state === '发送中' && !last.note ? last : null;
}
