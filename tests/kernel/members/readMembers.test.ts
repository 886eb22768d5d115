import sampleRoster from '../../../templates/sampleRoster.json';
import { formatProblem } from '../../../src/kernel/problem';
import { readMembers } from '../../../src/kernel/members/readMembers';
import { ROSTER_SPEC } from '../../../src/kernel/sheets/schema';
import { type Cell, wallClock } from '../../../src/kernel/values/cell';

const header = ROSTER_SPEC.columns.map((c) => c.header);

describe('会员名册', () => {
  it('reads the sample roster: 64 members, text 工号 with leading zeros, dates as calendar dates', () => {
    const values: Cell[][] = [header, ...sampleRoster.map((m) => header.map((h) => {
      const v = (m as Record<string, string>)[h];
      return (h === '出生日期' || h === '入职日期') && v ? wallClock(v) : v;
    }))];
    const { members, problems } = readMembers(values);
    expect(problems).toEqual([]);
    expect(members).toHaveLength(64);
    expect(members[0]).toMatchObject({ id: '001000', name: '王秀英', gender: '女', birthDate: '1962-01-01', status: '在册' });
    expect(members.filter((m) => m.status === '退休')).toHaveLength(4);
    expect(members.find((m) => m.tags.length === 2)?.tags).toEqual(['劳模', '困难职工']);
  });

  it('keeps extra columns for mail placeholders', () => {
    const { members } = readMembers([[...header, '职称'], ['001', '李勇', '男', '', '', '', '', '', '', '在册', '', '教授']]);
    expect(members[0].fields['职称']).toBe('教授');
  });

  it('reports duplicate 工号 and unknown values with sheet, row and column', () => {
    const { members, problems } = readMembers([
      header,
      ['001', '李勇', '男', '', '', '', '', '', '', '在册', ''],
      ['001', '李勇二', '男', '', '', '', '', '', '', '在册', ''],
      ['002', '王芳', 'F', '1990-13-01', '', '', '', '', '', '调离', ''],
      ['2', '王芳二', 'X', '', '', '', '', '', '', '停薪', ''],
    ]);
    // F and 调离 are synonyms every reader knows (女, 离校); a bad 出生日期 only warns.
    expect(members.map((m) => [m.id, m.gender, m.status])).toEqual([['001', '男', '在册'], ['002', '女', '离校']]);
    expect(problems.map(formatProblem)).toEqual([
      '会员名册!3 工号: 工号 001 与第 2 行重复',
      '会员名册!4 出生日期: “1990-13-01”不是可识别的日期（例如 1985-03-07、1985/3/7、1985年3月7日、19850307）',
      '会员名册!5 工号: 工号 2 与第 4 行的 002 只差前导 0，是同一个工号',
    ]);
    expect(problems.find((p) => p.column === '出生日期')?.severity).toBe('warning');
  });
});

describe('a 工号 cell showing a formula error', () => {
  it('is a problem at its row, not a member called #N/A', () => {
    const { members, problems } = readMembers([
      ['工号', '姓名'],
      ['#N/A', '李勇'],
      ['001000', '王秀英'],
    ]);
    expect(members.map((m) => m.id)).toEqual(['001000']);
    expect(problems).toEqual([{ sheet: '会员名册', row: 2, column: '工号', message: '单元格显示公式错误“#N/A”，不是工号；请改正公式或直接填写工号' }]);
  });
});
