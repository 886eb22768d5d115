// What the exports remember between them: UIDs that survive a renamed union, SEQUENCE that always
// rises, and tombstones for deleted rows — and a calendar app that re-imports each file.
import {
  freshNamespace, icsIdentity, type IcsIdentityInput, IcsLedgerError, icsUid, legacyNamespace,
  parseLedger, parseYearRecord, serializeLedger, serializeYearRecord,
} from '../../src/calendar/icsLedger';
import { icsSequence, writeIcs } from '../../src/calendar/icsWriter';
import { desired } from '../fixtures/planItems';
import { CalendarClient, type IcsParser, readEvents } from '../support/icsClient';

const NS = 'a1b2c3d4e5f60718';
const keys = (n: number) => Array.from({ length: n }, (_, i) => `2023-${String(i + 1).padStart(4, '0')}`);

function identity(over: Partial<IcsIdentityInput>) {
  return icsIdentity({
    ledger: { namespace: NS, sequence: 100, legacy: new Set(), legacyNamespace: '', legacyYear: 0 },
    record: parseYearRecord(2023, null),
    planYear: 2023,
    live: [],
    held: new Set(),
    unitName: '四川农业大学工会',
    floorSequence: 50,
    newNamespace: () => NS,
    ...over,
  });
}

describe('icsLedger: UIDs', () => {
  it('on the first export keeps the old UID (hash of today’s 单位名称) for every row there is', () => {
    const id = identity({ ledger: null, live: ['2023-0001', '2023-0002'], held: new Set(['2023-0003']) });
    const old = legacyNamespace('四川农业大学工会');
    expect(id.uid('2023-0001')).toBe(`2023-0001-${old}@uniondesk`);
    expect(id.uid('2023-0003')).toBe(`2023-0003-${old}@uniondesk`);
    expect(id.uid('2023-0004')).toBe(`2023-0004-${NS}@uniondesk`);
    expect(id.ledger.namespace).toBe(NS);
  });

  it('later exports keep every UID whatever 单位名称 becomes; new rows get the random namespace', () => {
    const first = identity({ ledger: null, live: ['2023-0001'] });
    const later = identity({ ledger: first.ledger, record: first.record, live: ['2023-0001', '2023-0002'], unitName: '四川农业大学工会（改名）' });
    expect(later.uid('2023-0001')).toBe(first.uid('2023-0001'));
    expect(later.uid('2023-0002')).toBe(icsUid('2023-0002', NS));
  });

  it('a row carried into the next plan year keeps its old UID there too', () => {
    const first = identity({ ledger: null, live: ['2023-0001'] });
    const stored = parseLedger(serializeLedger(first.ledger));
    const next = identity({ ledger: stored, record: parseYearRecord(2024, null), planYear: 2024, live: ['2023-0001', '2024-0001'] });
    expect(next.uid('2023-0001')).toBe(first.uid('2023-0001'));
    expect(next.uid('2024-0001')).toBe(icsUid('2024-0001', NS));
  });

  it('gives two unions different namespaces', () => {
    expect(freshNamespace()).toMatch(/^[0-9a-f]{16}$/);
    expect(freshNamespace()).not.toBe(freshNamespace());
  });
});

describe('icsLedger: SEQUENCE', () => {
  it('rises with every export, even two in the same minute or with a clock set back', () => {
    expect(identity({ floorSequence: 50 }).sequence).toBe(101);
    expect(identity({ floorSequence: 500 }).sequence).toBe(500);
    expect(identity({ ledger: null, floorSequence: 500 }).sequence).toBe(500);
  });
});

describe('icsLedger: tombstones', () => {
  it('cancels a row published before and now gone, in this export and every later one', () => {
    const first = identity({ live: keys(3) });
    const second = identity({ ledger: first.ledger, record: first.record, live: ['2023-0001', '2023-0003'] });
    expect(second.cancelled).toEqual(['2023-0002']);
    const third = identity({ ledger: second.ledger, record: second.record, live: ['2023-0001'] });
    expect(third.cancelled).toEqual(['2023-0002', '2023-0003']);
  });

  it('neither re-states nor cancels a row skipped for its problems; a row that comes back is live again', () => {
    const first = identity({ live: keys(2) });
    const held = identity({ ledger: first.ledger, record: first.record, live: ['2023-0001'], held: new Set(['2023-0002']) });
    expect(held.cancelled).toEqual([]);
    const deleted = identity({ ledger: held.ledger, record: held.record, live: ['2023-0001'] });
    expect(deleted.cancelled).toEqual(['2023-0002']);
    const back = identity({ ledger: deleted.ledger, record: deleted.record, live: keys(2) });
    expect(back.cancelled).toEqual([]);
  });

  it('stores 5,000 rows with every other one deleted in a few KB, and reads them back', () => {
    const first = identity({ ledger: null, live: keys(5000) });
    const second = identity({ ledger: first.ledger, record: first.record, live: keys(5000).filter((_, i) => i % 2 === 0).concat(['自定义-01']) });
    const text = serializeYearRecord(2023, second.record);
    expect(Buffer.byteLength(text)).toBeLessThan(5000);
    const back = parseYearRecord(2023, text);
    expect([...back.cancelled].sort()).toEqual([...second.record.cancelled].sort());
    expect(back.cancelled.size).toBe(2500);
    expect(back.published.has('自定义-01')).toBe(true);
    const ledger = serializeLedger(second.ledger);
    expect(Buffer.byteLength(ledger)).toBeLessThan(2000);
    expect(parseLedger(ledger)).toEqual(second.ledger);
    expect(second.ledger.legacy.size).toBe(5000);
  });

  it('stops with a message naming the damaged property instead of guessing', () => {
    expect(() => parseLedger('{"v":1,"ns":"zz"}')).toThrow(IcsLedgerError);
    expect(() => parseYearRecord(2023, '{"v":1,"pub":{"b":"xyz"}}')).toThrow('日历导出记录（文档属性 UnionDesk.ics.2023）已损坏');
  });
});

describe.each<IcsParser>(['ical.js', 'node-ical'])('a calendar app (%s) re-importing each export', (parser) => {
  const plan = keys(4).map((planId, i) => desired({ row: i + 2, planId, content: `工作${i + 1}` }));
  const exportOf = (id: ReturnType<typeof identity>, rows: typeof plan, minute: number) =>
    writeIcs(rows, {
      calendarName: '工作计划', uid: id.uid, sequence: id.sequence, now: new Date(Date.UTC(2023, 2, 1, 8, minute)),
      organizer: { email: 'gonghui@sicau.edu.cn', name: '工会' }, cancelled: { keys: id.cancelled, day: '2023-02-01' },
    });

  it('ends with exactly the rows left, even when two exports fall in the same minute', () => {
    const client = new CalendarClient(parser);
    const first = identity({ ledger: null, live: keys(4), floorSequence: icsSequence(new Date(Date.UTC(2023, 2, 1, 8, 0))) });
    client.import(exportOf(first, plan, 0));
    expect(client.summaries()).toEqual(['工作1', '工作2', '工作3', '工作4']);
    const rest = plan.filter((e) => e.key !== '2023-0002');
    const second = identity({ ledger: first.ledger, record: first.record, live: rest.map((e) => e.key), unitName: '新名称', floorSequence: first.sequence });
    expect(client.import(exportOf(second, rest, 0))).toEqual({ added: 0, changed: 3, removed: 1 });
    expect(client.summaries()).toEqual(['工作1', '工作3', '工作4']);
    expect(readEvents(exportOf(second, rest, 0), parser).every((e) => e.organizer === 'mailto:gonghui@sicau.edu.cn')).toBe(true);
  });
});
