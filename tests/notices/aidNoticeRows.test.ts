import sampleAidLedger from '../../templates/sampleAidLedger.json';
import { aidNoticeRows } from '../../src/notices/aidNoticeRows';
import { wallClock } from '../../src/kernel/values/cell';
import { readAidLedger } from '../../src/aid/readAidLedger';
import { SHEET } from '../../src/kernel/sheets/schema';
import { sheetValues } from '../helpers/sheetValues';

const { applications } = readAidLedger(sheetValues(SHEET.aidLedger, sampleAidLedger));

describe('which ledger rows a 帮扶金到账 notice goes to', () => {
  it('the aid of that year that was paid: 实发金额 above zero and a 发放日期', () => {
    const { rows } = aidNoticeRows(applications, 2023);
    const ids = rows.map((r) => r.fields['申请编号']);
    expect(ids).toContain('BF2023-001');
    expect(ids).not.toContain('BF2023-002'); // 实发金额 0
    expect(ids).not.toContain('BF2023-012'); // not paid yet
    expect(aidNoticeRows(applications, 2024).rows).toEqual([]);
  });

  it('hands amounts to the notice as yuan with two decimals, and the date as a date', () => {
    const row = aidNoticeRows(applications, 2023).rows.find((r) => r.fields['申请编号'] === 'BF2023-010')!;
    expect(row.fields['实发金额']).toBe('2,000.00');
    expect(row.fields['自付金额']).toBe('12,000.00'); // typed as 1.2万
    expect(row.fields['发放日期']).toEqual(wallClock('2023-11-24'));
    expect(row.memberId).toBe('001153');
  });
});
