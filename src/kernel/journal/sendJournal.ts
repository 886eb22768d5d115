import type { SendRecord, SendState } from './sendRecord';
import { noticeKey } from './sendRecord';
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

type Encoded = [string, string, string, string, string, number, string, string];

export function encodeJournal(records: readonly SendRecord[]): string {
  const rows: Encoded[] = records.map((r) => [r.time, r.campaignId, r.memberId, r.name, r.email, STATES.indexOf(r.state), r.note, r.operator]);
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
    if (!Array.isArray(row) || row.length !== 8 || typeof row[5] !== 'number' || !STATES[row[5]]) return unreadable;
    const [time, campaignId, memberId, name, email, state, note, operator] = row as Encoded;
    records.push({ time, campaignId, memberId, name, email, state: STATES[state], note, operator });
  }
  return { ok: true, records };
}

/** The journal with `record` added; an earlier record of the same notice is replaced (a run touches each notice once). */
export function journalWith(records: readonly SendRecord[], record: SendRecord): SendRecord[] {
  const key = noticeKey(record.campaignId, record.memberId);
  return [...records.filter((r) => noticeKey(r.campaignId, r.memberId) !== key), record];
}

function recordId(r: SendRecord): string {
  return JSON.stringify([r.time, r.campaignId, r.memberId, r.state]);
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
