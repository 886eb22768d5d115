import type { Problem } from '../kernel/problem';
import { halfWidth } from '../kernel/values/halfWidth';
import type { SheetSpec } from '../kernel/sheets/schema';
import { type Cell, cellText } from '../kernel/values/cell';
import { columnLetter } from '../kernel/sheets/table';

/**
 * The one table of header names other systems use for the schema's columns (HR exports,
 * hand-kept ledgers). Keys are the schema's headers; a header always matches itself. Only the
 * columns of the sheet being imported into are considered, so 病种 is unknown to 会员名册.
 * Names are compared after `headerKey` (spaces, case, full-width letters, a leading * and a
 * trailing (元) do not matter). README.md documents this table; keep the two in step.
 */
export const HEADER_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // 会员名册 (工号, 姓名, 分会 also in 帮扶台账)
  工号: ['职工号', '教工号', '人员编号', '职工编号', '教职工号', '员工编号', '员工号', '工作证号', '人事编号'],
  姓名: ['职工姓名', '教工姓名', '会员姓名', '员工姓名', '申请人', '申请人姓名', 'name'],
  性别: ['sex', 'gender'],
  出生日期: ['出生年月', '出生年月日', '生日', '出生时间', 'birthday', 'birthdate', 'dateofbirth'],
  分会: ['所在分会', '部门分会', '所属分会', '分工会', '所在分工会', '工会分会'],
  校区: ['所在校区', '所属校区', 'campus'],
  邮箱: ['电子邮箱', '电子邮件', '邮箱地址', '邮件', 'email', 'e-mail', 'mail'],
  手机: ['手机号', '手机号码', '联系电话', '移动电话', '手机电话', 'mobile', 'phone'],
  入职日期: ['入职时间', '来校时间', '来校日期', '到校时间', '到校日期', '进校时间', '进校日期', '入校时间'],
  会员状态: ['状态', '人员状态', '在职状态', '会籍状态'],
  标签: ['人员标签', 'tags'],
  // 帮扶台账
  申请编号: ['申请号', '申请单号', '帮扶编号'],
  年度: ['年份', '申请年度', '帮扶年度'],
  病种: ['疾病名称', '疾病', '所患疾病', '病名'],
  医疗总费用: ['总费用', '医疗费用总额', '医疗费总额', '总医疗费用'],
  医保报销: ['医保报销金额', '报销金额', '医保支付', '统筹报销'],
  自付金额: ['自费金额', '个人自付', '个人自付金额', '自付费用'],
  实发金额: ['实际发放金额', '发放金额', '已发金额', '实发帮扶金'],
  发放日期: ['发放时间', '支付日期', '付款日期'],
};

/**
 * Values of the closed-list columns (ColumnSpec.oneOf) as other systems spell them; compared in
 * lower case. Numeric 性别 codes (1/2) are deliberately absent: systems disagree on them, and a
 * wrong 性别 sends a 三八节 notice to the wrong people. README.md documents this table too.
 */
export const VALUE_SYNONYMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  性别: { 男性: '男', m: '男', male: '男', 女性: '女', f: '女', female: '女' },
  会员状态: { 在职: '在册', 正常: '在册', 离休: '退休', 离职: '离校', 调离: '离校', 调出: '离校' },
};

/** The comparison form of a header: no whitespace, half-width, lower case, no * marker, no (元). */
export function headerKey(header: string): string {
  return halfWidth(header)
    .replace(/\s+/g, '')
    .replace(/^\*+/, '')
    .replace(/\((?:单位[:：])?元\)$/, '')
    .toLowerCase();
}

export interface MappedColumn {
  /** The schema header. */
  readonly header: string;
  /** 0-based column of the source. */
  readonly index: number;
  /** The header as the source wrote it. */
  readonly source: string;
}

export interface IgnoredColumn {
  readonly index: number;
  readonly source: string;
  readonly reason: string;
}

export interface HeaderMapping {
  /** In the order of the spec's columns. */
  readonly mapped: readonly MappedColumn[];
  readonly ignored: readonly IgnoredColumn[];
  readonly problems: readonly Problem[];
}

/**
 * Maps a source header row onto `spec`. Unknown columns are listed, never guessed; columns the
 * tool computes itself (owned) are listed as ignored too. Two source columns naming the same
 * schema header is an error naming both, since either could be the right one.
 */
export function mapHeaders(spec: SheetSpec, headerRow: readonly Cell[], sourceName: string, headerRowNumber = 1): HeaderMapping {
  const lookup = synonymLookup(spec);
  const found = new Map<string, MappedColumn>();
  const ignored: IgnoredColumn[] = [];
  const problems: Problem[] = [];
  headerRow.forEach((cell, index) => {
    const source = cellText(cell).replace(/[\r\n]+/g, ' ').trim();
    if (source === '') return;
    const target = lookup.get(headerKey(source));
    if (target === undefined) {
      ignored.push({ index, source, reason: '无法识别的列' });
      return;
    }
    if (target.owned) {
      ignored.push({ index, source, reason: '由工具计算，不导入' });
      return;
    }
    const first = found.get(target.header);
    if (first) {
      problems.push({
        sheet: sourceName,
        row: headerRowNumber,
        column: source,
        message: `“${first.source}”（${columnLetter(first.index + 1)} 列）和“${source}”（${columnLetter(index + 1)} 列）都对应“${target.header}”，请删除或改名其中一列`,
      });
      return;
    }
    found.set(target.header, { header: target.header, index, source });
  });
  const mapped = spec.columns.map((c) => found.get(c.header)).filter((m): m is MappedColumn => m !== undefined);
  return { mapped, ignored, problems };
}

/** The names a schema header is recognised by, itself first (for messages and README). */
export function namesFor(header: string): readonly string[] {
  return [header, ...(HEADER_SYNONYMS[header] ?? [])];
}

function synonymLookup(spec: SheetSpec): Map<string, { header: string; owned: boolean }> {
  const lookup = new Map<string, { header: string; owned: boolean }>();
  for (const c of spec.columns) {
    for (const name of namesFor(c.header)) lookup.set(headerKey(name), { header: c.header, owned: c.owned === true });
  }
  return lookup;
}
