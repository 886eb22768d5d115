// 日历同步: the diff of 工作计划 against the shared calendar, then the result of applying it.
import type { CalendarApplyView, CalendarChangeView, CalendarPreviewView } from '../../kernel/contracts/sidebarContract';
import { calendarApplyText, calendarFigures, calendarFootnotes, calendarHeadline } from '../viewText';
import { fill, h } from './dom';
import { figureTiles, moreParagraph, problemList, type SelectRow } from './parts';

function changeList(title: string, items: readonly CalendarChangeView[], total: number): HTMLElement | null {
  if (total === 0) return null;
  return h('div', { className: 'changes' },
    h('h3', {}, `${title}（${total}）`),
    h('ul', { className: 'change-list' }, ...items.map((c) =>
      h('li', { attrs: { 'data-key': c.key } },
        h('span', { className: 'when' }, c.when),
        c.title,
        c.note ? h('span', { className: 'gray' }, `（${c.note}）`) : null))),
    moreParagraph(total, items.length));
}

export function drawCalendarPreview(body: HTMLElement, p: CalendarPreviewView | null, selectRow: SelectRow): void {
  if (!p) {
    fill(body, h('p', { className: 'gray' }, '预览会列出要在日历上新建、更新和删除的事件；确认后才会写入日历。'));
    return;
  }
  fill(body,
    h('p', { id: 'calendar-headline' }, calendarHeadline(p)),
    figureTiles(calendarFigures(p), ['删除']),
    changeList('新建', p.creates, p.counts.create),
    changeList('更新', p.updates, p.counts.update),
    changeList('删除', p.deletes, p.counts.delete),
    problemList('将跳过的行', p.problems, selectRow),
    ...calendarFootnotes(p).map((n) => h('p', { className: 'gray' }, n)));
}

export function drawCalendarResult(box: HTMLElement, a: CalendarApplyView | null, selectRow: SelectRow): void {
  box.hidden = a === null;
  if (!a) return;
  fill(box,
    h('h3', {}, a.finished ? '同步完成' : '同步部分完成'),
    h('p', {}, calendarApplyText(a)),
    a.message ? h('p', { className: 'gray' }, a.message) : null,
    problemList('未能同步的行', a.problems, selectRow));
}
