import { IMPORT_TARGETS, LEDGER_IMPORT, ROSTER_IMPORT, planImport, type ImportPlan } from '../../src/import/importMerge';
import { IMPORT_SHEETS } from '../../src/kernel/contracts/importData';
import { formatProblem } from '../../src/kernel/problem';
import { type Cell, wallClock } from '../../src/kernel/values/cell';
import { ROSTER_SPEC } from '../../src/kernel/sheets/schema';

const ROSTER_HEADERS = ROSTER_SPEC.columns.map((c) => c.header);

/** 会员名册 as getValues() returns it: 工号, 姓名, 性别, 出生日期, 分会, 校区, 邮箱, 手机, 入职日期, 会员状态, 标签 */
function roster(): Cell[][] {
  return [
    ROSTER_HEADERS,
    [1001, '张三', '男', wallClock('1980-01-02'), '农学院', '雅安', 'zs@old.cn', '13800000001', '', '在册', '劳模'],
    ['1002', '李四', '女', wallClock('1985-03-07'), '动科院', '成都', 'ls@x.cn', '13800000002', '', '在册', ''],
    ['1003', '王五', '男', '', '林学院', '温江', 'ww@x.cn', '', '', '在册', '困难职工'],
  ];
}

/** What the clerk pastes from the HR system: its own header names, no 标签 or 校区. */
const HR_EXPORT: Cell[][] = [
  ['职工号', '姓名', '性别', '出生年月', '所在分会', '电子邮箱', '手机号码', '备注'],
  ['1001', '张三', 'M', '1980-01-02', '农学院', 'zs@new.cn', 13800000001, ''],
  ['1002', '李四', 'F', '1985.03.07', '动科院', 'ls@x.cn', '13800000002', ''],
  ['1004', '赵六', '女', '19900512', '农学院', 'zl@x.cn', '013900000004', '新进'],
  ['1005', '钱七', '男', '1991年7月1日', '林学院', '', '', ''],
  ['1005', '钱七', '男', '1991年7月2日', '林学院', '', '', ''],
  ['', '孙八', '男', '', '', '', '', ''],
];

/** Applies a plan's write the way Range.setValues would (and Sheets' read strips the apostrophe). */
function apply(values: Cell[][], plan: ImportPlan): Cell[][] {
  const out = values.map((r) => [...r]);
  const w = plan.write!;
  w.values.forEach((line, i) => {
    const row = (out[w.row - 1 + i] ??= []);
    line.forEach((v, j) => {
      while (row.length < w.column - 1 + j) row.push('');
      row[w.column - 1 + j] = typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
    });
  });
  const width = Math.max(...out.map((r) => r.length));
  return out.map((r) => [...r, ...Array(width - r.length).fill('')]);
}

describe('导入名册: the preview a clerk sees before anything is written', () => {
  const plan = planImport(ROSTER_IMPORT, { name: '导入区', rows: HR_EXPORT }, roster());

  test('new members, changed fields (old → new), unchanged ones', () => {
    expect(plan.added).toEqual([{ key: '1004', name: '赵六', sourceRow: 4 }]);
    expect(plan.changed).toEqual([
      { key: '1001', name: '张三', sourceRow: 2, row: 2, fields: [{ header: '邮箱', old: 'zs@old.cn', new: 'zs@new.cn' }] },
    ]);
    expect(plan.unchanged).toBe(1);
  });

  test('members in the sheet but not in the export are reported, never deleted', () => {
    expect(plan.missing).toEqual([{ key: '1003', name: '王五', row: 4 }]);
    const written = apply(roster(), plan);
    expect(written[3].slice(0, 2)).toEqual(['1003', '王五']);
  });

  test('duplicates inside the import and rows without 工号 are reported and not imported', () => {
    expect(plan.duplicates).toEqual([{ key: '1005', sourceRows: [5, 6] }]);
    expect(plan.withoutKey).toEqual([{ sourceRow: 7, name: '孙八' }]);
    expect(plan.ignored.map((c) => c.source)).toEqual(['备注']);
    expect(plan.problems).toEqual([]);
  });

  test('one write: the changed cell and the new row, clerk columns the export lacks kept', () => {
    const w = plan.write!;
    // From 张三's 邮箱 (row 2, column G) down to the appended row 5, columns A..K as touched.
    expect(w.row).toBe(2);
    expect(w.values.length).toBe(4);
    const written = apply(roster(), plan);
    expect(written[1]).toEqual([1001, '张三', '男', wallClock('1980-01-02'), '农学院', '雅安', 'zs@new.cn', '13800000001', '', '在册', '劳模']);
    expect(written[4]).toEqual(['1004', '赵六', '女', wallClock('1990-05-12'), '农学院', '', 'zl@x.cn', '013900000004', '', '', '']);
    // 手机 is formatted '@' just before the write: its text goes out as is, leading zero included.
    expect(w.values[3][7 - w.column + 1]).toBe('013900000004');
    expect(plan.textRanges).toEqual([{ row: 2, column: 1, rows: 4, columns: 3 }, { row: 2, column: 5, rows: 4, columns: 4 }]);
  });

  test('importing the same data a second time changes nothing', () => {
    const once = apply(roster(), plan);
    const again = planImport(ROSTER_IMPORT, { name: '导入区', rows: HR_EXPORT }, once);
    expect(again.added).toEqual([]);
    expect(again.changed).toEqual([]);
    expect(again.unchanged).toBe(3);
    expect(again.write).toBeNull();
  });
});

describe('导入名册: merging rules', () => {
  test('a blank cell in the export never erases what the sheet holds', () => {
    const plan = planImport(ROSTER_IMPORT, { name: 'x', rows: [['工号', '邮箱', '手机'], ['1003', '', '13911112222']] }, roster());
    expect(plan.changed).toEqual([{ key: '1003', name: '王五', sourceRow: 2, row: 4, fields: [{ header: '手机', old: '', new: '13911112222' }] }]);
    expect(plan.write).toEqual({ row: 4, column: 8, values: [['13911112222']] });
  });

  test('keys are compared as trimmed text: 1001 (a number) is " 1001 "', () => {
    const plan = planImport(ROSTER_IMPORT, { name: 'x', rows: [['工号', '姓名'], [' 1001 ', '张三']] }, roster());
    expect(plan.unchanged).toBe(1);
    expect(plan.added).toEqual([]);
  });

  test('a title row above the header is skipped', () => {
    const plan = planImport(ROSTER_IMPORT, { name: 'x', rows: [['2023年教职工名册', '', ''], ['', '', ''], ['工号', '姓名', '性别'], ['1009', '周九', '女']] }, roster());
    expect(plan.headerRow).toBe(3);
    expect(plan.added).toEqual([{ key: '1009', name: '周九', sourceRow: 4 }]);
  });

  test('a column the sheet lacks is appended to its header row in the same write, and formatted as text', () => {
    const sheet: Cell[][] = [['工号', '姓名', '性别', '出生日期', '分会', '校区', '邮箱', '会员状态'], ['1001', '张三', '男', '', '', '', '', '在册']];
    const plan = planImport(ROSTER_IMPORT, { name: 'x', rows: [['工号', '手机'], ['1001', '13800000001']] }, sheet);
    expect(plan.write).toEqual({ row: 1, column: 9, values: [['手机'], ['13800000001']] });
    expect(plan.textRanges).toEqual([{ row: 2, column: 9, rows: 1, columns: 1 }]);
  });

  test('bad values block the whole import and name source row and column', () => {
    const plan = planImport(ROSTER_IMPORT, { name: '人事处.csv', rows: [['工号', '姓名', '出生年月', '手机'], ['1001', '张三', '不详', '1.38E+10'], ['1010', '周十', '1990-01-01', '']] }, roster());
    expect(plan.problems.map(formatProblem)).toEqual([
      '人事处.csv!2 出生年月: “不详”不是可识别的日期（例如 1985-03-07、1985/3/7、1985年3月7日、19850307）',
      '人事处.csv!2 手机: 手机“1.38E+10”已被 Excel 变成科学计数法，原来的数字已丢失；请在原表中把该列设为文本、恢复号码后重新导出',
    ]);
    expect(plan.write).toBeNull();
  });

  test('a new member whose 姓名 cell is blank blocks the import, naming the source row and column', () => {
    const plan = planImport(ROSTER_IMPORT, { name: '人事处.xlsx', rows: [['职工号', '姓名'], ['1001', ''], ['1010', '周十'], ['1011', '  ']] }, roster());
    expect(plan.problems.map(formatProblem)).toEqual(['人事处.xlsx!4 姓名: 新会员（工号 1011）没有姓名，无法添加到会员名册；请在导入的表中补上姓名']);
    expect(plan.write).toBeNull();
  });

  test('a year-month birth date is imported as the text 1990-01, never as the 1st', () => {
    const plan = planImport(ROSTER_IMPORT, { name: 'x', rows: [['工号', '姓名', '出生年月'], ['1010', '周十', 199001]] }, roster());
    expect(plan.problems).toEqual([]);
    expect(apply(roster(), plan)[4][3]).toBe('1990-01');
  });

  test('duplicate 工号 already in the sheet must be resolved first', () => {
    const sheet = roster();
    sheet.push(['1002', '李四（重复）', '', '', '', '', '', '', '', '', '']);
    const plan = planImport(ROSTER_IMPORT, { name: 'x', rows: [['工号'], ['1001']] }, sheet);
    expect(plan.problems.map(formatProblem)).toEqual(['会员名册!5 工号: 工号 1002 与第 3 行重复，请先在会员名册中处理重复再导入']);
    expect(plan.write).toBeNull();
  });
});

describe('bad input ends with a clear message and no write', () => {
  const messageOf = (rows: Cell[][], target = ROSTER_IMPORT) => planImport(target, { name: '导入区', rows }, roster()).problems.map(formatProblem);

  test('an empty source', () => {
    expect(messageOf([])).toEqual(['导入区: 没有数据（是空的）']);
    expect(messageOf([['', ''], ['  ', '']])).toEqual(['导入区: 没有数据（是空的）']);
  });

  test('no header row: something that is not a roster', () => {
    expect(messageOf([['序号', '品名', '数量'], [1, '粽子', 2]])).toEqual([
      '导入区: 找不到表头行：看了前 2 行（第 1 行“序号 | 品名 | 数量”；第 2 行“1 | 粽子 | 2”），都没有“工号”列（也认：职工号、教工号、人员编号、职工编号、教职工号、员工编号、员工号、工作证号、人事编号），这份数据不像会员名册',
    ]);
  });

  test('an aid ledger pasted for 导入名册', () => {
    expect(messageOf([['申请编号', '工号', '姓名'], ['2023-01', '1001', '张三']])).toEqual([
      '导入区!1: 这看起来是帮扶台账（有“申请编号”列），不是会员名册，请换一个导入目标',
    ]);
  });

  test('the target sheet does not exist', () => {
    const plan = planImport(ROSTER_IMPORT, { name: '导入区', rows: [['工号', '姓名'], ['1', '周一']] }, null);
    expect(plan.problems.map(formatProblem)).toEqual(['会员名册: 找不到工作表“会员名册”，请先运行“初始化工作簿”']);
    expect(plan.write).toBeNull();
  });
});

describe('导入帮扶台账: upsert by 申请编号', () => {
  const ledger: Cell[][] = [
    ['申请编号', '年度', '工号', '姓名', '分会', '病种', '医疗总费用', '医保报销', '自付金额', '实发金额', '发放日期', '应发金额', '差额', '核对结果', '说明'],
    ['2023-001', 2023, '1001', '张三', '农学院', '肺炎', 50000, 30000, 20000, '', '', 3000, '', '待发放', ''],
  ];

  test('one member with two applications is two rows; amounts are normalised; owned columns untouched', () => {
    const rows: Cell[][] = [
      ['申请号', '年度', '职工号', '姓名', '疾病名称', '总费用(元)', '报销金额', '自费金额（元）', '实发金额', '发放日期', '核对结果'],
      ['2023-001', '2023', '1001', '张三', '肺炎', '50,000', '30000', '¥20,000.00', '3000', '2023/11/20', '一致'],
      ['2023-002', '2023年', '1001', '张三', '骨折', '8000', '5000', '3000', '', '', ''],
    ];
    const plan = planImport(LEDGER_IMPORT, { name: '帮扶台账.xlsx', rows }, ledger);
    expect(plan.ignored).toEqual([{ index: 10, source: '核对结果', reason: '由工具计算，不导入' }]);
    expect(plan.changed).toEqual([{
      key: '2023-001', name: '张三', sourceRow: 2, row: 2,
      fields: [{ header: '实发金额', old: '', new: '3000' }, { header: '发放日期', old: '', new: '2023-11-20' }],
    }]);
    expect(plan.added).toEqual([{ key: '2023-002', name: '张三', sourceRow: 3 }]);
    const written = apply(ledger, plan);
    expect(written[1]).toEqual(['2023-001', 2023, '1001', '张三', '农学院', '肺炎', 50000, 30000, 20000, 3000, wallClock('2023-11-20'), 3000, '', '待发放', '']);
    expect(written[2]).toEqual(['2023-002', 2023, '1001', '张三', '', '骨折', 8000, 5000, 3000, '', '', '', '', '', '']);
    expect(planImport(LEDGER_IMPORT, { name: '帮扶台账.xlsx', rows }, written).write).toBeNull();
  });

  test('a roster pasted for 导入帮扶台账 is not a ledger', () => {
    const plan = planImport(LEDGER_IMPORT, { name: '导入区', rows: HR_EXPORT }, ledger);
    expect(plan.problems.map(formatProblem)[0]).toContain('没有“申请编号”列');
  });
});

describe('cells the write rewrites keep their type', () => {
  test('the clerk\'s own digit-only column between two imported ones is rewritten as text', () => {
    const sheet: Cell[][] = [['工号', '邮箱', '身份证号', '姓名'], ['1001', 'a@x.cn', '510103198503071234', '=张三']];
    const plan = planImport(ROSTER_IMPORT, { name: 'x', rows: [['工号', '手机', '邮箱', '姓名'], ['1001', '', 'b@x.cn', '张三']] }, sheet);
    expect(plan.changed[0].fields).toEqual([{ header: '姓名', old: '=张三', new: '张三' }, { header: '邮箱', old: 'a@x.cn', new: 'b@x.cn' }]);
    expect(plan.write).toEqual({ row: 2, column: 2, values: [['b@x.cn', "'510103198503071234", '张三']] });
    expect(plan.textRanges).toEqual([{ row: 2, column: 2, rows: 1, columns: 1 }, { row: 2, column: 4, rows: 1, columns: 1 }]);
  });
});

describe('a 会员名册 whose 工号 cell shows a formula error', () => {
  test('blocks the import instead of adding the member a second time', () => {
    const target = roster();
    target[2][0] = '#N/A';
    const plan = planImport(ROSTER_IMPORT, { name: '导入区', rows: [['工号', '姓名'], ['1002', '李四']] }, target);
    expect(plan.problems.map(formatProblem)).toEqual(['会员名册!3 工号: 单元格显示公式错误“#N/A”，无法按工号与导入的数据对应；请先在会员名册中改正后再导入']);
    expect(plan.write).toBeNull();
  });
});

describe('the sheets `uniondesk import --into` offers', () => {
  it('are exactly the sheets the import merges into, in the same order', () => {
    expect(IMPORT_TARGETS.map((t) => t.spec.name)).toEqual(IMPORT_SHEETS);
  });
});
