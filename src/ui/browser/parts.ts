// Pieces shared by the three views: figure tiles, lists and clickable row buttons.
import type { PersonView, ProblemView, SidebarError } from '../../kernel/contracts/sidebarContract';
import { type Figure, moreText, personText } from '../viewText';
import { h } from './dom';

/** What a row button does: select that row in the sheet. */
export type SelectRow = (sheet: string, row: number) => void;

export function figureTiles(figures: readonly Figure[], attention: readonly string[] = []): HTMLElement {
  return h('div', { className: 'figures' }, ...figures.map((f) =>
    h('div', { className: attention.includes(f.label) && f.value !== '0' ? 'figure attention' : 'figure' },
      h('span', { className: 'value' }, f.value),
      h('span', { className: 'label' }, f.label))));
}

/** A row the clerk can jump to; plain text when there is no row to select. */
export function rowButton(text: string, note: string, at: { sheet: string; row: number | null }, selectRow: SelectRow, tone: 'bad' | 'warn' | '' = ''): HTMLElement {
  const body = [text, note ? h('span', { className: 'note' }, note) : null];
  if (at.row === null) return h('div', { className: `row-link-static ${tone}`.trim() }, ...body);
  const row = at.row;
  return h('button', {
    className: `row-link ${tone}`.trim(),
    attrs: { type: 'button', 'data-sheet': at.sheet, 'data-row': String(row) },
    title: `在表格中选中 ${at.sheet} 第 ${row} 行`,
    onClick: () => selectRow(at.sheet, row),
  }, ...body);
}

export function problemList(title: string, problems: readonly ProblemView[], selectRow: SelectRow): HTMLElement | null {
  if (problems.length === 0) return null;
  return h('div', { className: 'problems' },
    h('h3', {}, `${title}（${problems.length}）`),
    ...problems.map((p) => rowButton(p.text, p.blocking ? '' : '提醒，不影响执行', p, selectRow, p.blocking ? 'bad' : 'warn')));
}

export function personList(title: string, people: readonly PersonView[], total: number, selectRow: SelectRow): HTMLElement | null {
  if (total === 0) return null;
  return h('div', { className: 'people' },
    h('h3', {}, `${title}（${total}）`),
    ...people.map((p) => rowButton(personText(p), p.email, p, selectRow)),
    moreParagraph(total, people.length));
}

export function moreParagraph(total: number, shown: number): HTMLElement | null {
  const text = moreText(total, shown);
  return text ? h('p', { className: 'more' }, text) : null;
}

export function errorContent(error: SidebarError, selectRow: SelectRow): Node[] {
  const nodes: Node[] = [h('p', {}, error.message)];
  if (error.problems.length > 0) {
    nodes.push(h('div', {}, ...error.problems.map((p) => rowButton(p.text, '', p, selectRow, p.blocking ? 'bad' : 'warn'))));
  }
  return nodes;
}
