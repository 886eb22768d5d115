import { SharedMemoryLock } from '../../runner/services/lock';
import type { MemoryWorkbook } from '../../runner/workbook';
import { SHEET } from '../../src/kernel/sheets/schema';
import { answering, runBundle, sampleWorkbook } from '../support/offlineBundle';

/** What the clerk pastes into 导入区: the HR system's own headers, a title row, M/F, 19850307. */
const HR_EXPORT: unknown[][] = [
  ['2023年教职工花名册（人事处）'],
  ['序号', '教工号', '姓名', '性别', '出生年月', '所在分会', '电子邮箱', '手机号码'],
  [1, '001000', '王秀英', 'F', '19620101', '农学院分会', 't001000@example.edu.cn', '13810000000'],
  [2, '001017', '李勇', 'M', '1967/2/8', '动物科技学院分会', 'li.yong@example.edu.cn', 13910104729],
  [3, '002001', '周子涵', 'F', '1995年6月12日', '农学院分会', 't002001@example.edu.cn', 13700000001],
  [4, '002003', '孙婷', '女', '1997.01.15', '后勤分会', '', ''],
  [5, '002003', '孙婷', '女', '1997.01.15', '后勤分会', '', ''],
  [6, '', '临时工', '男', '', '后勤分会', '', ''],
];

function paste(workbook: MemoryWorkbook, rows: unknown[][]): void {
  const sheet = workbook.sheet(SHEET.importArea)!;
  rows.forEach((row, r) => row.forEach((v, c) => v !== '' && sheet.values.set(r + 1, c + 1, v as never)));
}

const rosterRow = (workbook: MemoryWorkbook, id: string) => {
  const rows = workbook.sheet(SHEET.roster)!.dump();
  const found = rows.find((r) => r[0] === id);
  return found ? Object.fromEntries(rows[0].map((h, i) => [h, found[i]])) : undefined;
};

describe('导入名册: the clerk pastes the HR export into 导入区 and imports it', () => {
  const workbook = sampleWorkbook();
  paste(workbook, HR_EXPORT);
  const before = workbook.sheet(SHEET.roster)!.dump();
  const run = runBundle({ workbook, responder: answering('YES') });
  run.call('menuImportRoster');
  const [confirm, report] = run.services.ui.shown;

  it('shows the preview before writing: new, changed, missing, duplicates, rows without 工号', () => {
    expect(confirm.title).toBe('导入名册');
    expect(confirm.message).toContain('识别的列：教工号→工号、姓名、性别、出生年月→出生日期、所在分会→分会、电子邮箱→邮箱、手机号码→手机');
    expect(confirm.message).toContain('忽略的列：序号（无法识别的列）');
    expect(confirm.message).toContain('新增 1 人，修改 1 人，不变 1 人');
    expect(confirm.message).toContain('  002001 周子涵（第 5 行）');
    expect(confirm.message).toContain('  001017 李勇（会员名册第 3 行）：邮箱 “t001017@example.edu.cn” → “li.yong@example.edu.cn”');
    expect(confirm.message).toContain('会员名册中有、导入中没有（61，不会删除，请自行确认是否离校或退休）');
    expect(confirm.message).toContain('  002003（第 6、7 行）');
    expect(confirm.message).toContain('  第 8 行 临时工');
    expect(confirm.message).toContain('确认写入“会员名册”吗？');
  });

  it('writes with one read of each sheet and one setValues, and reports', () => {
    expect(run.services.log.count('spreadsheet', 'Range.getValues')).toBe(2);
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(1);
    expect(report.message).toContain('已写入“会员名册”：新增 1 人，修改 1 人。');
  });

  it('the new member keeps 工号 and 手机 as text and gets a real date; nobody is deleted', () => {
    const added = rosterRow(workbook, '002001')!;
    expect(added.工号).toBe('002001');
    expect(added.手机).toBe('13700000001');
    expect(added.出生日期).toEqual(workbook.date('1995-06-12'));
    expect(added.性别).toBe('女');
    expect(rosterRow(workbook, '001017')!.邮箱).toBe('li.yong@example.edu.cn');
    const after = workbook.sheet(SHEET.roster)!.dump();
    expect(after).toHaveLength(before.length + 1);
    // Every other row, and every column the export lacks (校区, 入职日期, 标签…), is as it was.
    expect(after.slice(0, before.length).filter((r) => r[0] !== '001017')).toEqual(before.filter((r) => r[0] !== '001017'));
  });

  it('the same import again changes nothing and writes nothing', () => {
    const again = runBundle({ workbook, responder: answering('YES') });
    again.call('menuImportRoster');
    expect(again.services.ui.shown).toHaveLength(1);
    expect(again.services.ui.shown[0].message).toContain('没有需要写入的内容。');
    expect(again.services.log.count('spreadsheet', 'Range.setValues')).toBe(0);
  });
});

describe('导入名册 leaves the workbook unchanged when', () => {
  const attempt = (rows: unknown[][], button: 'YES' | 'NO' = 'YES', options: Parameters<typeof runBundle>[0] = {}) => {
    const workbook = sampleWorkbook();
    paste(workbook, rows);
    const before = JSON.stringify(workbook.sheets.map((s) => s.dump()));
    const run = runBundle({ workbook, responder: answering(button), ...options });
    run.call('menuImportRoster');
    expect(JSON.stringify(workbook.sheets.map((s) => s.dump()))).toBe(before);
    expect(run.services.log.count('spreadsheet', 'Range.setValues')).toBe(0);
    return run.services.ui.shown.map((m) => m.message);
  };

  it('the clerk says no at the preview', () => {
    expect(attempt(HR_EXPORT, 'NO').at(-1)).toBe('已取消，会员名册未改动。');
  });

  it('a value is bad: the problem names 导入区, row and column, and nothing is asked', () => {
    const shown = attempt([['工号', '姓名', '出生年月', '手机'], ['002001', '周一', '不详', '1.37E+10']]);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain('有 2 处错误，改正后再导入（工作簿未作任何修改）。');
    expect(shown[0]).toContain('导入区!2 出生年月: “不详”不是可识别的日期');
    expect(shown[0]).toContain('导入区!2 手机: 手机“1.37E+10”已被 Excel 变成科学计数法');
  });

  it('导入区 is empty', () => {
    expect(attempt([])).toEqual(['“导入区”是空的：请把人事系统或 Excel 导出的表格连同表头行一起粘贴到“导入区”，再运行本菜单。']);
  });

  it('what was pasted is not a roster', () => {
    expect(attempt([['活动名称', '日期'], ['端午', '2023-06-22']])[0]).toContain('这份数据不像会员名册');
    expect(attempt([['申请编号', '工号', '病种'], ['BF2023-099', '001000', '肺炎']])[0]).toContain('这看起来是帮扶台账');
  });

  it('another run holds the document lock', () => {
    const memoryLock = new SharedMemoryLock();
    memoryLock.holders.set('document', 'another-execution');
    expect(attempt(HR_EXPORT, 'YES', { services: { memoryLock } })[0]).toContain('正在修改本工作簿');
  });
});
