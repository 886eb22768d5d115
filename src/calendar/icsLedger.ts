// What 导出日历文件 remembers between exports, in document properties (offline: the state file):
// - per document: a random namespace, the part of every UID that never changes (a UID built
//   from 单位名称 changed with the name and doubled every subscriber's calendar), the last
//   SEQUENCE written, so every export's SEQUENCE is higher than any before it, and the rows that
//   keep the UID the exports made before this ledger gave them (whatever plan year they are in);
// - per plan year: which 计划编号 were published and which were cancelled (the tombstones
//   that tell a calendar app to remove a deleted row's event).
import { contentHash } from './contentHash';
import { decodeKeySet, encodeKeySet } from './planKeySet';

export const ICS_LEDGER_PROPERTY = 'UnionDesk.ics';

/** The tombstones of a plan year live as long as the year's record: it is dropped two years on. */
export function icsYearProperty(planYear: number): string {
  return `${ICS_LEDGER_PROPERTY}.${planYear}`;
}

export interface IcsLedger {
  readonly namespace: string;
  readonly sequence: number;
  /** Keys that keep the UID the exports before the ledger gave them, in `legacyNamespace`. */
  readonly legacy: ReadonlySet<string>;
  readonly legacyNamespace: string;
  /** The plan year of the first export with the ledger (its numbers are the bitmap's). */
  readonly legacyYear: number;
}

export interface IcsYearRecord {
  readonly published: ReadonlySet<string>;
  readonly cancelled: ReadonlySet<string>;
}

const EMPTY_RECORD: IcsYearRecord = { published: new Set(), cancelled: new Set() };

export class IcsLedgerError extends Error {}

function damaged(property: string): IcsLedgerError {
  // Guessing would change UIDs (duplicates in every calendar) or forget tombstones.
  return new IcsLedgerError(`日历导出记录（文档属性 ${property}）已损坏，为避免日历应用中出现重复或残留的事件，已停止导出。请联系维护人员。`);
}

/** The UID of a plan row: its 计划编号 and a namespace that never changes. */
export function icsUid(key: string, namespace: string): string {
  return `${key}-${namespace}@uniondesk`;
}

/** The namespace exports used before the ledger: 8 hex digits of a hash of 单位名称. */
export function legacyNamespace(unitName: string): string {
  return contentHash(unitName).slice(0, 8);
}

/** 16 random hex digits. Math.random is enough: the namespace only has to differ between unions. */
export function freshNamespace(random: () => number = Math.random): string {
  let s = '';
  while (s.length < 16) s += Math.floor(random() * 0x10000).toString(16).padStart(4, '0');
  return s;
}

const HEX_NAMESPACE = /^[0-9a-f]{8,32}$/;

export function parseLedger(text: string | null): IcsLedger | null {
  if (text === null) return null;
  try {
    const d = JSON.parse(text) as { v?: unknown; ns?: unknown; seq?: unknown; old?: unknown; oldNs?: unknown; oldYear?: unknown };
    const oldNs = d.oldNs ?? '';
    const oldYear = d.oldYear ?? 0;
    if (d.v === 1 && typeof d.ns === 'string' && HEX_NAMESPACE.test(d.ns) && Number.isSafeInteger(d.seq) && typeof oldNs === 'string' && Number.isSafeInteger(oldYear)) {
      return { namespace: d.ns, sequence: d.seq as number, legacy: decodeKeySet(oldYear as number, d.old), legacyNamespace: oldNs, legacyYear: oldYear as number };
    }
  } catch {
    // reported below
  }
  throw damaged(ICS_LEDGER_PROPERTY);
}

export function serializeLedger(l: IcsLedger): string {
  const d: Record<string, unknown> = { v: 1, ns: l.namespace, seq: l.sequence };
  if (l.legacy.size) Object.assign(d, { old: encodeKeySet(l.legacyYear, l.legacy), oldNs: l.legacyNamespace, oldYear: l.legacyYear });
  return JSON.stringify(d);
}

export function parseYearRecord(planYear: number, text: string | null): IcsYearRecord {
  if (text === null) return EMPTY_RECORD;
  try {
    const d = JSON.parse(text) as { v?: unknown; pub?: unknown; gone?: unknown };
    if (d.v === 1) return { published: decodeKeySet(planYear, d.pub), cancelled: decodeKeySet(planYear, d.gone) };
  } catch {
    // reported below
  }
  throw damaged(icsYearProperty(planYear));
}

export function serializeYearRecord(planYear: number, r: IcsYearRecord): string {
  return JSON.stringify({ v: 1, pub: encodeKeySet(planYear, r.published), gone: encodeKeySet(planYear, r.cancelled) });
}

export interface IcsIdentityInput {
  /** null before the first export with this ledger: the migration happens now. */
  readonly ledger: IcsLedger | null;
  readonly record: IcsYearRecord;
  readonly planYear: number;
  /** 计划编号 of the rows exported now. */
  readonly live: readonly string[];
  /** 计划编号 of rows skipped for their problems: their events are neither re-stated nor cancelled. */
  readonly held: ReadonlySet<string>;
  readonly unitName: string;
  /** The lowest SEQUENCE this export may use (icsSequence of the export time). */
  readonly floorSequence: number;
  readonly newNamespace: () => string;
}

export interface IcsIdentity {
  readonly uid: (key: string) => string;
  readonly sequence: number;
  /** 计划编号 published by an earlier export whose rows are gone: written as STATUS:CANCELLED. */
  readonly cancelled: readonly string[];
  readonly ledger: IcsLedger;
  readonly record: IcsYearRecord;
}

/**
 * UIDs, SEQUENCE and tombstones of one export. Migration: the rows that exist when the ledger is
 * first made keep their old UID (hash of today's 单位名称), so a calendar that imported an
 * earlier file sees the same events updated, whether or not it honours STATUS:CANCELLED; only
 * rows added later get the random namespace.
 */
export function icsIdentity(input: IcsIdentityInput): IcsIdentity {
  const sequence = Math.max(input.floorSequence, (input.ledger?.sequence ?? -1) + 1);
  const ledger: IcsLedger = input.ledger
    ? { ...input.ledger, sequence }
    : {
      namespace: input.newNamespace(),
      sequence,
      legacy: new Set([...input.live, ...input.held]),
      legacyNamespace: legacyNamespace(input.unitName),
      legacyYear: input.planYear,
    };
  const previous = input.record;
  const live = new Set(input.live);
  const known = new Set([...previous.published, ...previous.cancelled]);
  const cancelled = [...known].filter((k) => !live.has(k) && !input.held.has(k)).sort();
  const published = new Set([...live, ...[...input.held].filter((k) => previous.published.has(k))]);
  return {
    uid: (key) => icsUid(key, ledger.legacy.has(key) ? ledger.legacyNamespace : ledger.namespace),
    sequence,
    cancelled,
    ledger,
    record: { published, cancelled: new Set(cancelled) },
  };
}
