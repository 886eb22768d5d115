import type { Gender, Member } from './member';
import type { Problem } from '../problem';
import { splitList } from '../values/splitList';
import { readClosedList } from '../values/closedList';
import { monthOf, readDate } from '../values/dateValue';
import { memberIdKey, readMemberId } from '../values/memberIdValue';
import { readMemberStatus } from '../values/memberStatusValue';
import { normalisePhone } from '../values/phoneValue';
import { GENDERS, ROSTER_SPEC } from '../sheets/schema';
import { type Cell, cellText } from '../values/cell';
import { readDateCell } from '../values/readDateCell';
import { cellAt, readTable } from '../sheets/table';

export interface MembersRead {
  readonly members: Member[];
  readonly problems: Problem[];
}

/**
 * 会员名册 → Member[], every cell through the kernel's value readers. Rows with an unusable 工号
 * or 会员状态 are left out (and reported), so no action ever mails or pays someone whose
 * identity is unclear. Two rows whose 工号 differ only by leading zeros (001051, 1051) are one
 * person twice: an error, like any duplicate 工号.
 */
export function readMembers(values: readonly (readonly Cell[])[] | null): MembersRead {
  const { table, problems } = readTable(ROSTER_SPEC, values, ['工号', '姓名']);
  if (problems.length) return { members: [], problems };
  const members: Member[] = [];
  const seen = new Map<string, { row: number; id: string }>();
  const sheet = ROSTER_SPEC.name;
  for (const r of table.rows) {
    const at = (h: string) => cellAt(table, r, h);
    const problem = (column: string, message: string, severity?: 'warning') =>
      problems.push({ sheet, row: r.row, column, message, ...(severity ? { severity } : {}) });
    const idRead = readMemberId(at('工号'));
    if (!idRead.ok) {
      problem('工号', idRead.reason);
      continue;
    }
    const id = idRead.id;
    if (id === '') {
      problem('工号', '工号为空');
      continue;
    }
    const first = seen.get(memberIdKey(id));
    if (first !== undefined) {
      problem('工号', first.id === id ? `工号 ${id} 与第 ${first.row} 行重复` : `工号 ${id} 与第 ${first.row} 行的 ${first.id} 只差前导 0，是同一个工号`);
      continue;
    }
    seen.set(memberIdKey(id), { row: r.row, id });
    const genderRead = readClosedList('性别', GENDERS, at('性别'));
    if (!genderRead.ok) problem('性别', genderRead.reason);
    const gender = genderRead.ok && genderRead.value !== '' ? (genderRead.value as Gender) : null;
    const status = readMemberStatus(at('会员状态'));
    if (!status.ok) {
      problem('会员状态', status.reason);
      continue;
    }
    const birth = readDate(at('出生日期'));
    if (!birth.ok) problem('出生日期', birth.reason, 'warning');
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
      birthDate: birth.ok && birth.kind === 'day' ? birth.date : null,
      birthMonth: monthOf(birth),
      ...(birth.ok ? {} : { birthProblem: birth.reason }),
      branch: cellText(at('分会')),
      campus: cellText(at('校区')),
      email: cellText(at('邮箱')),
      phone: normalisePhone(cellText(at('手机'))),
      joinDate: join.ok ? join.value?.date ?? null : null,
      status: status.status,
      tags: splitList(cellText(at('标签'))),
      fields,
    });
  }
  return { members, problems };
}
