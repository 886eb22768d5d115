import type { MailTemplate } from './mailTemplate';
import type { Problem } from '../kernel/problem';
import { TEMPLATES_SPEC } from '../kernel/sheets/schema';
import { type Cell, cellText } from '../kernel/values/cell';
import { cellAt, readTable } from '../kernel/sheets/table';

export interface TemplatesRead {
  /** By 模板名称; a repeated name keeps its first row (and is reported). */
  readonly templates: ReadonlyMap<string, MailTemplate>;
  readonly problems: Problem[];
}

export function readTemplates(values: readonly (readonly Cell[])[] | null): TemplatesRead {
  const { table, problems } = readTable(TEMPLATES_SPEC, values);
  const templates = new Map<string, MailTemplate>();
  if (problems.length) return { templates, problems };
  const sheet = TEMPLATES_SPEC.name;
  for (const r of table.rows) {
    const name = cellText(cellAt(table, r, '模板名称'));
    // Keep line breaks and inner spacing of the body exactly as typed: they are the layout.
    const text = (h: string) => {
      const v = cellAt(table, r, h);
      return typeof v === 'string' ? v : cellText(v);
    };
    if (name === '') {
      problems.push({ sheet, row: r.row, column: '模板名称', message: '模板名称为空，这一行不会被使用', severity: 'warning' });
      continue;
    }
    const first = templates.get(name);
    if (first) {
      problems.push({ sheet, row: r.row, column: '模板名称', message: `模板名称“${name}”与第 ${first.row} 行重复，使用的是第 ${first.row} 行`, severity: 'warning' });
      continue;
    }
    const subject = text('主题').trim();
    const body = text('正文');
    if (subject === '') problems.push({ sheet, row: r.row, column: '主题', message: `模板“${name}”的主题为空` });
    if (body.trim() === '') problems.push({ sheet, row: r.row, column: '正文', message: `模板“${name}”的正文为空` });
    templates.set(name, { row: r.row, name, subject, body });
  }
  return { templates, problems };
}
