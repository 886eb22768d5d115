// The ledger in document properties as the runner keeps them (9 KB per value, as on Google).
import { freshNamespace, icsIdentity, parseYearRecord } from '../../src/calendar/icsLedger';
import { icsLedgerRead, icsLedgerSave, icsOrganizer } from '../../src/calendar/icsLedgerStore';
import { readSettings } from '../../src/kernel/sheets/readSettings';
import { createPropertiesService } from '../../runner/services/properties';
import { CallLog } from '../../runner/services/callLog';
import { StateStore } from '../../runner/stateFile';

function documentProperties() {
  const store = new StateStore(null);
  return { props: createPropertiesService(store, 'clerk@example.edu.cn', new CallLog()).getDocumentProperties(), state: store.state };
}

const exportOf = (planYear: number, live: string[], stored: ReturnType<typeof icsLedgerRead>) => icsIdentity({
  ...stored, planYear, live, held: new Set(), unitName: '工会', floorSequence: 1, newNamespace: () => freshNamespace(),
});

describe('icsLedgerStore', () => {
  it('keeps 3,000 hand-typed 计划编号 (no bitmap for them) in parts under 9 KB and reads them back', () => {
    const { props, state } = documentProperties();
    const typed = Array.from({ length: 3000 }, (_, i) => `校工会活动-${i}`);
    const first = exportOf(2023, typed, icsLedgerRead(props, 2023));
    icsLedgerSave(props, 2023, first);
    const second = exportOf(2023, typed.slice(1000), icsLedgerRead(props, 2023));
    icsLedgerSave(props, 2023, second);
    expect(second.cancelled).toHaveLength(1000);
    expect(Object.keys(state.documentProperties).length).toBeGreaterThan(2);
    for (const v of Object.values(state.documentProperties)) expect(Buffer.byteLength(v)).toBeLessThan(9 * 1024);
    const back = icsLedgerRead(props, 2023);
    expect(back.ledger).toEqual(second.ledger);
    expect(back.record.cancelled).toEqual(new Set(typed.slice(0, 1000)));
  });

  it('drops the records of plan years two years back, keeps last year’s', () => {
    const { props, state } = documentProperties();
    for (const year of [2021, 2022, 2023]) icsLedgerSave(props, year, exportOf(year, [`${year}-0001`], icsLedgerRead(props, year)));
    expect(Object.keys(state.documentProperties).sort()).toEqual(['UnionDesk.ics', 'UnionDesk.ics.2022', 'UnionDesk.ics.2023']);
    expect(parseYearRecord(2022, state.documentProperties['UnionDesk.ics.2022']).published).toEqual(new Set(['2022-0001']));
  });

  it('stops with a Chinese message when a part of the record is missing', () => {
    const { props } = documentProperties();
    const typed = Array.from({ length: 3000 }, (_, i) => `校工会活动-${i}`);
    icsLedgerSave(props, 2023, exportOf(2023, typed, icsLedgerRead(props, 2023)));
    props.deleteProperty('UnionDesk.ics.2023#2');
    expect(() => icsLedgerRead(props, 2023)).toThrow('日历导出记录已损坏（文档属性 UnionDesk.ics.2023 的第 2 段缺失）');
  });

  it('takes ORGANIZER from 发件邮箱, else 回复地址, skipping an address that is not one', () => {
    const settings = (rows: [string, string][]) => readSettings([['项目', '值'], ...rows], 2023).settings;
    expect(icsOrganizer(settings([['发件邮箱', 'a@x.cn'], ['回复地址', 'b@x.cn']]), '工会')).toEqual({ email: 'a@x.cn', name: '工会' });
    expect(icsOrganizer(settings([['发件邮箱', '工会办公室'], ['回复地址', 'b@x.cn']]), '工会')).toEqual({ email: 'b@x.cn', name: '工会' });
    expect(icsOrganizer(settings([['回复地址', 'b@x.cn\r\nX: y']]), '工会')).toBeNull();
    expect(icsOrganizer(settings([]), '工会')).toBeNull();
  });
});
