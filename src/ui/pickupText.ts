// What the 领取登记 view says: pure, shared by the browser view and its tests.
import type { PickupMemberView, PickupSummaryView } from '../kernel/contracts/sidebarContract';
import type { Figure } from './viewText';

/** A scanner types the 工号 exactly: Enter records 本人 at once only for a match of one 工号. */
export function exactMatch(query: string, members: readonly PickupMemberView[]): PickupMemberView | null {
  const q = query.trim().toUpperCase();
  const hits = members.filter((m) => m.memberId.toUpperCase() === q);
  return q !== '' && hits.length === 1 ? hits[0] : null;
}

export function memberLine(m: PickupMemberView): string {
  return `${m.name}（${m.memberId}，${m.branch || '未填分会'}）`;
}

/** Under the name: already collected (by whom, when), the refusal, or that the member may collect. */
export function memberState(m: PickupMemberView): { readonly text: string; readonly tone: 'bad' | 'warn' | '' } {
  if (m.collected) return { text: `已领取：${m.collected}`, tone: 'warn' };
  if (m.refusal) return { text: `不能领取：${m.refusal}`, tone: 'bad' };
  return { text: '未领取，可以登记', tone: '' };
}

/** The 合计 row of 领取统计 as figure tiles. */
export function pickupFigures(summary: readonly PickupSummaryView[]): Figure[] {
  const total = summary.find((r) => r.branch === '合计') ?? summary[summary.length - 1];
  if (!total) return [];
  const figures: Figure[] = [
    { label: '应领', value: String(total.entitled) },
    { label: '本人领取', value: String(total.self) },
    { label: '代领', value: String(total.proxy) },
    { label: '未领', value: String(total.missing) },
  ];
  if (total.left !== null) figures.push({ label: '剩余', value: String(total.left) });
  return figures;
}
