import { describeImport } from '../../src/import/describeImport';
import { ROSTER_IMPORT, planImport } from '../../src/import/importMerge';
import type { Cell } from '../../src/kernel/values/cell';
import { ROSTER_SPEC } from '../../src/kernel/sheets/schema';

const sheet: Cell[][] = [ROSTER_SPEC.columns.map((c) => c.header), ['1001', '张三', '男', '', '', '', 'old@x.cn', '', '', '在册', ''], ['1003', '王五', '', '', '', '', '', '', '', '在册', '']];

test('the preview names every category in the clerk\'s words', () => {
  const rows: Cell[][] = [['职工号', '姓名', 'Email', '序号'], ['1001', '张三', 'new@x.cn', 1], ['1002', '李四', '', 2], ['1002', '李四', '', 3], ['', '无名', '', 4]];
  const lines = describeImport(planImport(ROSTER_IMPORT, { name: '导入区', rows }, sheet));
  expect(lines).toEqual([
    '导入到“会员名册”（按工号合并），来源：导入区',
    '识别的列：职工号→工号、姓名、Email→邮箱',
    '忽略的列：序号（无法识别的列）',
    '新增 0 人，修改 1 人，不变 0 人；会员名册中有而导入中没有 1 人，导入中重复的工号 1 个，没有工号的行 1 行',
    '修改（1）：',
    '  1001 张三（会员名册第 2 行）：邮箱 “old@x.cn” → “new@x.cn”',
    '会员名册中有、导入中没有（1，不会删除，请自行确认是否离校或退休）：',
    '  1003 王五（第 3 行）',
    '导入中重复的工号（1，这些行都未导入）：',
    '  1002（第 3、4 行）',
    '没有工号的行（1，未导入）：',
    '  第 5 行 无名',
  ]);
});

test('long lists are cut, with the count of the rest', () => {
  const rows: Cell[][] = [['工号'], ...Array.from({ length: 25 }, (_, i) => [String(2000 + i)])];
  const lines = describeImport(planImport(ROSTER_IMPORT, { name: 'x', rows }, sheet), 3);
  expect(lines.filter((l) => l.startsWith('  '))).toEqual(['  2000（第 2 行）', '  2001（第 3 行）', '  2002（第 4 行）', '  ……另有 22 人', '  1001 张三（第 2 行）', '  1003 王五（第 3 行）']);
});

test('errors are counted and said to block; nothing to do is said too', () => {
  expect(describeImport(planImport(ROSTER_IMPORT, { name: 'x', rows: [['工号', '生日'], ['1001', '不详']] }, sheet)).slice(-1)).toEqual([
    '有 1 处错误，改正后再导入（工作簿未作任何修改）。',
  ]);
  expect(describeImport(planImport(ROSTER_IMPORT, { name: 'x', rows: [['工号'], ['1001']] }, sheet)).slice(-1)).toEqual(['没有需要写入的内容。']);
});
