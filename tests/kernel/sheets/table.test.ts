import { ROSTER_SPEC } from '../../../src/kernel/sheets/schema';
import { cellAt, columnLetter, readTable } from '../../../src/kernel/sheets/table';
import { formatProblem } from '../../../src/kernel/problem';

describe('reading a sheet by its headers', () => {
  it('finds columns in any order, trims headers and ignores extra columns', () => {
    const values = [
      ['  邮箱 ', '职称', '姓名', '工号', '性别', '出生日期', '分会', '校区', '手机', '入职日期', '会员状态', '标签'],
      ['a@example.edu.cn', '教授', '王秀英', '001000', '女', '', '农学院分会', '雅安', '', '', '在册', ''],
    ];
    const { table, problems } = readTable(ROSTER_SPEC, values);
    expect(problems).toEqual([]);
    const row = table.rows[0];
    expect(row.row).toBe(2);
    expect(cellAt(table, row, '姓名')).toBe('王秀英');
    expect(cellAt(table, row, '邮箱')).toBe('a@example.edu.cn');
    expect(cellAt(table, row, '不存在的列')).toBe('');
  });

  it('names the sheet and the missing header in Chinese', () => {
    const { problems } = readTable(ROSTER_SPEC, [['工号', '姓名']]);
    expect(problems.map(formatProblem)).toContain('会员名册!1 邮箱: 缺少表头“邮箱”（表头行现有：工号、姓名）');
  });

  it('a title row above the headers is named once, with the row the headers are on', () => {
    const { problems } = readTable(ROSTER_SPEC, [['2024年会员名册'], [], ['工号', '姓名', '邮箱'], ['001', '李勇', 'l@x.cn']], ['工号', '姓名', '邮箱']);
    expect(problems.map(formatProblem)).toEqual(['会员名册!1 工号: 表头要在第 1 行，现在在第 3 行（工号、姓名、邮箱）：请删除上面的 2 行（如标题行），工具只从第 1 行读表头']);
  });

  it('a renamed header gets a "did you mean" from the header synonyms', () => {
    const { problems } = readTable(ROSTER_SPEC, [['工号', '姓名', '电子邮箱', '列7']], ['工号', '姓名', '邮箱']);
    expect(problems.map(formatProblem)).toEqual(['会员名册!1 邮箱: 缺少表头“邮箱”；是不是“电子邮箱”？请把它改为“邮箱”（表头行现有：工号、姓名、电子邮箱、列7）']);
  });

  it('reports a duplicated header with both columns', () => {
    const { problems } = readTable(ROSTER_SPEC, [['工号', '姓名', '工号']], ['工号', '姓名']);
    expect(problems.map(formatProblem)).toEqual(['会员名册!1 工号: 表头“工号”重复出现（第 A 列和第 C 列），请删除或改名其中一列']);
  });

  it('skips blank rows but keeps sheet row numbers', () => {
    const { table } = readTable(ROSTER_SPEC, [['工号', '姓名'], ['', ''], ['  ', ''], ['001', '李勇']], ['工号', '姓名']);
    expect(table.rows.map((r) => r.row)).toEqual([4]);
    expect(table.lastRow).toBe(4);
  });

  it('tells the clerk to initialise the workbook when the sheet is missing', () => {
    const { problems } = readTable(ROSTER_SPEC, null);
    expect(formatProblem(problems[0])).toBe('会员名册: 找不到工作表“会员名册”，请先运行“初始化工作簿”');
  });

  it('letters columns as the spreadsheet does', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
