import type { Gender, Member, MemberStatus } from './member';
import type { Problem } from '../problem';
import { splitList } from '../values/splitList';
import { MEMBER_STATUS, ROSTER_SPEC } from '../sheets/schema';
import { type Cell, cellText, isFormulaError } from '../values/cell';
import { readDateCell } from '../values/readDateCell';
import { cellAt, readTable } from '../sheets/table';

export interface MembersRead {
  readonly members: Member[];
  readonly problems: Problem[];
}

/**
 * 会员名册 → Member[]. Rows with an unusable 工号 or 会员状态 are left out (and reported), so no
 * action ever mails or pays someone whose identity is unclear. Duplicate 工号 are errors.
 */
export function readMembers(values: readonly (readonly Cell[])[] | null): MembersRead {
  const { table, problems } = readTable(ROSTER_SPEC, values, ['工号', '姓名']);
  if (problems.length) return { members: [], problems };
  const members: Member[] = [];
  const seen = new Map<string, number>();
  const sheet = ROSTER_SPEC.name;
  for (const r of table.rows) {
    const at = (h: string) => cellAt(table, r, h);
    const problem = (column: string, message: string, severity?: 'warning') =>
      problems.push({ sheet, row: r.row, column, message, ...(severity ? { severity } : {}) });
    const id = cellText(at('工号'));
    if (id === '') {
      problem('工号', '工号为空');
      continue;
    }
    if (isFormulaError(at('工号'))) {
      problem('工号', `单元格显示公式错误“${id}”，不是工号；请改正公式或直接填写工号`);
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      problem('工号', `工号 ${id} 与第 ${first} 行重复`);
      continue;
    }
    seen.set(id, r.row);
    const genderText = cellText(at('性别'));
    let gender: Gender | null = null;
    if (genderText === '男' || genderText === '女') gender = genderText;
    else if (genderText !== '') problem('性别', `应为“男”或“女”，现为“${genderText}”`);
    const statusText = cellText(at('会员状态')) || '在册';
    if (!(MEMBER_STATUS as readonly string[]).includes(statusText)) {
      problem('会员状态', `应为 ${MEMBER_STATUS.join('、')} 之一，现为“${statusText}”`);
      continue;
    }
    const birth = readDateCell(at('出生日期'));
    if (!birth.ok) problem('出生日期', birth.reason);
    const join = readDateCell(at('入职日期'));
    if (!join.ok) problem('入职日期', join.reason);
    const fields: Record<string, Cell> = {};
    table.headers.forEach((h, i) => {
      if (h !== '' && !(h in fields)) fields[h] = r.cells[i] ?? '';
    });
    members.push({
      row: r.row,
      id,
      name: cellText(at('姓名')),
      gender,
      birthDate: birth.ok ? birth.value?.date ?? null : null,
      branch: cellText(at('分会')),
      campus: cellText(at('校区')),
      email: cellText(at('邮箱')),
      phone: cellText(at('手机')),
      joinDate: join.ok ? join.value?.date ?? null : null,
      status: statusText as MemberStatus,
      tags: splitList(cellText(at('标签'))),
      fields,
    });
  }
  return { members, problems };
}
