// 帮扶核算: the summary and the rows that need attention, each a button selecting its row.
import type { AidCheckView } from '../../kernel/contracts/sidebarContract';
import { aidFigures, aidHeadline, aidRowText, aidTotalsText, yuan } from '../viewText';
import { fill, h } from './dom';
import { figureTiles, problemList, rowButton, type SelectRow } from './parts';

export function drawAidCheck(body: HTMLElement, v: AidCheckView | null, selectRow: SelectRow): void {
  if (!v) {
    fill(body);
    return;
  }
  fill(body,
    figureTiles(aidFigures(v), ['不一致', '错误']),
    h('p', { id: 'aid-totals' }, aidTotalsText(v)),
    v.tiers.length > 0
      ? h('table', { className: 'tiers' },
        h('thead', {}, h('tr', {}, h('th', {}, '档位'), h('th', { className: 'num' }, '人数'), h('th', { className: 'num' }, '应发'))),
        h('tbody', {}, ...v.tiers.map((t) => h('tr', {}, h('td', {}, t.label), h('td', { className: 'num' }, String(t.count)), h('td', { className: 'num' }, yuan(t.due))))))
      : null,
    problemList('提醒', v.problems, selectRow),
    h('h3', {}, '需要处理的行'),
    h('p', { id: 'aid-headline', className: 'gray' }, aidHeadline(v)),
    h('div', { id: 'aid-attention' }, ...v.attention.map((r) =>
      rowButton(aidRowText(r), r.note, r, selectRow, r.result === '待发放' ? 'warn' : 'bad'))));
}
