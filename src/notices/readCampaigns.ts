import type { Campaign, CampaignType } from './campaign';
import type { Gender } from '../kernel/members/member';
import type { Problem } from '../kernel/problem';
import { halfWidth } from '../kernel/values/halfWidth';
import { splitList } from '../kernel/values/splitList';
import { CAMPAIGN_TYPES, CAMPAIGNS_SPEC } from '../kernel/sheets/schema';
import { type Cell, type WallClock, cellText, isWallClock, wallClock } from '../kernel/values/cell';
import { readDateCell } from '../kernel/values/readDateCell';
import { type Table, cellAt, readTable } from '../kernel/sheets/table';

export interface CampaignsRead {
  readonly table: Table;
  readonly campaigns: Campaign[];
  /** Located by row: a problem in one campaign's row never blocks another campaign. */
  readonly problems: Problem[];
}

const OWNED = new Set(CAMPAIGNS_SPEC.columns.filter((c) => c.owned).map((c) => c.header));
const DATE_COLUMNS = ['领取开始', '领取截止', '计划发送时间'];
const QUARTER_WORDS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/**
 * 慰问活动 → Campaign[]. Rows without a 活动ID are reported and left out (nothing could record
 * what was sent for them); a repeated 活动ID is an error on both rows, because 发送记录 would
 * mix the two campaigns.
 */
export function readCampaigns(values: readonly (readonly Cell[])[] | null): CampaignsRead {
  const { table, problems } = readTable(CAMPAIGNS_SPEC, values, ['活动ID', '活动名称', '模板']);
  if (problems.length) return { table, campaigns: [], problems };
  const sheet = CAMPAIGNS_SPEC.name;
  const campaigns: Campaign[] = [];
  const firstRow = new Map<string, number>();
  for (const r of table.rows) {
    const at = (h: string) => cellAt(table, r, h);
    const problem = (column: string, message: string, severity?: 'warning') =>
      problems.push({ sheet, row: r.row, column, message, ...(severity ? { severity } : {}) });
    const id = cellText(at('活动ID'));
    if (id === '') {
      problem('活动ID', '活动ID为空，请填写一个不重复的编号（例如 2023-端午）');
      continue;
    }
    const first = firstRow.get(id);
    if (first !== undefined) {
      problem('活动ID', `活动ID“${id}”与第 ${first} 行重复，请改成不重复的编号`);
      problems.push({ sheet, row: first, column: '活动ID', message: `活动ID“${id}”与第 ${r.row} 行重复，请改成不重复的编号` });
    } else firstRow.set(id, r.row);

    const typeText = cellText(at('类型'));
    let type: CampaignType = '其他';
    if ((CAMPAIGN_TYPES as readonly string[]).includes(typeText)) type = typeText as CampaignType;
    else if (typeText !== '') problem('类型', `应为 ${CAMPAIGN_TYPES.join('、')} 之一，现为“${typeText}”`);

    const genderText = cellText(at('对象性别')).replace(/性$/, '');
    let gender: Gender | null = null;
    if (genderText === '男' || genderText === '女') gender = genderText;
    else if (!['', '全部', '不限'].includes(genderText)) problem('对象性别', `应为空（不限）、“男”或“女”，现为“${cellText(at('对象性别'))}”`);

    const quarterText = cellText(at('生日季度'));
    const birthdayQuarter = quarterText === '' ? null : parseQuarter(quarterText);
    if (birthdayQuarter === 0) problem('生日季度', `应为空（不限）或 1–4，现为“${quarterText}”`);

    const templateName = cellText(at('模板'));
    if (templateName === '') problem('模板', '模板为空，请填写“邮件模板”中的一个模板名称');

    const fields: Record<string, Cell> = {};
    table.headers.forEach((h, i) => {
      if (h !== '' && !OWNED.has(h) && !(h in fields)) fields[h] = r.cells[i] ?? '';
    });
    const dates = new Map<string, WallClock | null>();
    for (const h of DATE_COLUMNS) {
      const read = readDateCell(at(h));
      if (!read.ok) {
        problem(h, read.reason);
        dates.set(h, null);
        continue;
      }
      const value = read.value ? wallClock(read.value.date, read.value.time ? `${read.value.time}:00` : '00:00:00') : null;
      dates.set(h, value);
      if (value && h in fields) fields[h] = value;
    }
    const pickupStart = dates.get('领取开始')?.date ?? null;
    const pickupEnd = dates.get('领取截止')?.date ?? null;
    if (pickupStart && pickupEnd && pickupEnd < pickupStart) problem('领取截止', `领取截止（${pickupEnd}）早于领取开始（${pickupStart}）`);

    const count = (column: string, max: number): number | null => {
      const t = halfWidth(cellText(at(column)));
      if (t === '') return null;
      const n = Number(t);
      if (Number.isInteger(n) && n >= 0 && n <= max) return n;
      // Not the notice's business: shown with it, blocking only what uses the column (催领).
      problem(column, `应为 0–${max} 之间的整数，现为“${t}”`, 'warning');
      return null;
    };
    const approvedAt = at('审核时间');
    campaigns.push({
      row: r.row,
      id,
      name: cellText(at('活动名称')),
      type,
      gender,
      birthdayQuarter: birthdayQuarter || null,
      branches: splitList(cellText(at('分会'))),
      tags: splitList(cellText(at('标签'))),
      templateName,
      pickupPlace: cellText(at('领取地点')),
      pickupStart,
      pickupEnd,
      sendAt: dates.get('计划发送时间') ?? null,
      purchased: count('采购数量', 1000000),
      reminderDays: count('催领天数', 30),
      reminderTemplate: cellText(at('催领模板')),
      approval: {
        state: cellText(at('状态')),
        approver: cellText(at('审核人')),
        approvedAt: isWallClock(approvedAt) ? approvedAt : null,
        fingerprint: cellText(at('审核指纹')),
      },
      fields,
    });
  }
  return { table, campaigns, problems };
}

/** 3, '3', 'Q3', '3季度', '第三季度' → 3; 0 when it is not a quarter. */
function parseQuarter(text: string): number {
  const t = text.replace(/\s+/g, '').replace(/^[Qq]/, '').replace(/^第/, '').replace(/季度?$/, '');
  const n = QUARTER_WORDS[t] ?? Number(t);
  return Number.isInteger(n) && n >= 1 && n <= 4 ? n : 0;
}
