import type { ImportPlan } from './importMerge';
import { formatProblem, isBlocking } from '../kernel/problem';

/**
 * The preview of an import as lines of Chinese text, shared by the 导入名册 dialog and the CLI.
 * Each category lists at most `limit` entries, then how many more there are. Errors are only
 * counted here: the caller lists them.
 */
export function describeImport(plan: ImportPlan, limit = 20): string[] {
  const unit = plan.key === '工号' ? '人' : '条';
  const lines: string[] = [];
  const list = <T>(title: string, items: readonly T[], show: (t: T) => string) => {
    if (items.length === 0) return;
    lines.push(`${title}：`);
    for (const item of items.slice(0, limit)) lines.push(`  ${show(item)}`);
    if (items.length > limit) lines.push(`  ……另有 ${items.length - limit} ${unit}`);
  };
  const who = (key: string, name: string) => (name ? `${key} ${name}` : key);

  const rows = plan.headerRows ?? [plan.headerRow];
  const where = rows.length > 1 ? `，表头在第 ${rows[0]}–${rows[rows.length - 1]} 行（两行合并）` : plan.headerRow > 1 ? `，表头在第 ${plan.headerRow} 行` : '';
  lines.push(`导入到“${plan.target}”（按${plan.key}合并），来源：${plan.source}${where}`);
  if (plan.mapped.length) {
    lines.push(`识别的列：${plan.mapped.map((m) => (m.source === m.header ? m.header : `${m.source}→${m.header}`)).join('、')}`);
  }
  if (plan.ignored.length) lines.push(`忽略的列：${plan.ignored.map((c) => `${c.source}（${c.reason}）`).join('、')}`);

  const errors = plan.problems.filter(isBlocking);
  const warnings = plan.problems.filter((p) => !isBlocking(p));
  if (plan.headerRow > 0) {
    lines.push(`新增 ${plan.added.length} ${unit}，修改 ${plan.changed.length} ${unit}，不变 ${plan.unchanged} ${unit}；` +
      `${plan.target}中有而导入中没有 ${plan.missing.length} ${unit}，导入中重复的${plan.key} ${plan.duplicates.length} 个，没有${plan.key}的行 ${plan.withoutKey.length} 行`);
  }
  list(`新增（${plan.added.length}）`, plan.added, (r) => `${who(r.key, r.name)}（第 ${r.sourceRow} 行）`);
  list(`修改（${plan.changed.length}）`, plan.changed, (r) =>
    `${who(r.key, r.name)}（${plan.target}第 ${r.row} 行）：${r.fields.map((f) => `${f.header} “${f.old}” → “${f.new}”`).join('；')}`);
  list(`${plan.target}中有、导入中没有（${plan.missing.length}，不会删除${unit === '人' ? '，请自行确认是否离校或退休' : ''}）`, plan.missing, (r) => `${who(r.key, r.name)}（第 ${r.row} 行）`);
  list(`导入中重复的${plan.key}（${plan.duplicates.length}，这些行都未导入）`, plan.duplicates, (d) => `${d.key}（第 ${d.sourceRows.join('、')} 行）`);
  list(`没有${plan.key}的行（${plan.withoutKey.length}，未导入）`, plan.withoutKey, (r) => `第 ${r.sourceRow} 行${r.name ? ` ${r.name}` : ''}`);
  list(`按${plan.target}的写法对应的${plan.key}（${plan.aligned.length}）`, plan.aligned, (a) => `${a.from} → ${a.to}（第 ${a.sourceRow} 行）`);
  list(`忽略的表尾行（${plan.footers.length}，不是数据，未导入）`, plan.footers, (f) => `第 ${f.sourceRow} 行：${f.text}`);
  list(`提醒（${warnings.length}）`, warnings, formatProblem);
  // The errors themselves travel as the action's problems (one `sheet!row column: reason` each).
  if (errors.length) lines.push(`有 ${errors.length} 处错误，改正后再导入（工作簿未作任何修改）。`);
  if (errors.length === 0 && plan.write === null) lines.push('没有需要写入的内容。');
  return lines;
}
