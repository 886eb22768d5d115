import type { SendRecord, SendState } from './sendRecord';
import { recordKey } from './sendRecord';
import { utf8Length } from '../text/utf8';

// The write-ahead journal of a send run, kept in one document property. A property write is
// cheap and survives the run dying at any instant, which a spreadsheet write per mail would make
// too slow; the journal is flushed to 发送记录 in batches and then cleared.
//
// Crash safety:
//  - 发送中 is journalled before MailApp.sendEmail and replaced by 已发送/失败 after it, so a run
//    that dies mid-send leaves exactly that one notice 发送中 and it is never resent blindly.
//  - A flush appends the journal to 发送记录 and then clears it; a run that dies in between leaves
//    records that are both in the sheet and in the journal, and `unflushed` drops those.

export const JOURNAL_PROPERTY = 'UnionDesk.sendJournal';

/** Document property values hold 9 kB; flush well before. */
export const JOURNAL_MAX_BYTES = 6000;

const VERSION = 1;
const STATES: readonly SendState[] = ['发送中', '已发送', '失败', '跳过'];

// A reminder's row carries a ninth element, 1; a notice's row stays as version 1 wrote it, so a
// journal left by the previous bundle still reads.
type Encoded = [string, string, string, string, string, number, string, string, 1?];

export function encodeJournal(records: readonly SendRecord[]): string {
  const rows: Encoded[] = records.map((r) => {
    const row: Encoded = [r.time, r.campaignId, r.memberId, r.name, r.email, STATES.indexOf(r.state), r.note, r.operator];
    if (r.kind === '催领') row.push(1);
    return row;
  });
  return JSON.stringify({ v: VERSION, r: rows });
}

export type JournalRead = { ok: true; records: SendRecord[] } | { ok: false; reason: string };

/** A journal we cannot read blocks sending: guessing could resend a notice. */
export function decodeJournal(text: string | null | undefined): JournalRead {
  if (text === null || text === undefined || text === '') return { ok: true, records: [] };
  const unreadable: JournalRead = { ok: false, reason: `发送日志（文档属性 ${JOURNAL_PROPERTY}）已损坏，无法确认哪些通知已经发出，为避免重复发送已停止。请联系维护人员。` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return unreadable;
  }
  const doc = parsed as { v?: unknown; r?: unknown };
  if (!doc || doc.v !== VERSION || !Array.isArray(doc.r)) return unreadable;
  const records: SendRecord[] = [];
  for (const row of doc.r as unknown[]) {
    if (!Array.isArray(row) || (row.length !== 8 && !(row.length === 9 && row[8] === 1)) || typeof row[5] !== 'number' || !STATES[row[5]]) return unreadable;
    const [time, campaignId, memberId, name, email, state, note, operator, reminder] = row as Encoded;
    const record: SendRecord = { time, campaignId, memberId, name, email, state: STATES[state], note, operator };
    records.push(reminder === 1 ? { ...record, kind: '催领' } : record);
  }
  return { ok: true, records };
}

/** The journal with `record` added; an earlier record of the same notice (or reminder) is replaced (a run touches each once). */
export function journalWith(records: readonly SendRecord[], record: SendRecord): SendRecord[] {
  const key = recordKey(record);
  return [...records.filter((r) => recordKey(r) !== key), record];
}

function recordId(r: SendRecord): string {
  return JSON.stringify([r.time, recordKey(r), r.state]);
}

/** Journal records not yet in 发送记录 (a flush that died before clearing the journal is not repeated). */
export function unflushed(sheetRecords: readonly SendRecord[], journal: readonly SendRecord[]): SendRecord[] {
  const inSheet = new Set(sheetRecords.map(recordId));
  return journal.filter((r) => !inSheet.has(recordId(r)));
}

/** Time to flush: the encoded journal nears the property size limit, or a batch is complete. */
export function journalDue(encoded: string, mailsSinceFlush: number, batchSize: number): boolean {
  return mailsSinceFlush >= batchSize || utf8Length(encoded) > JOURNAL_MAX_BYTES;
}
