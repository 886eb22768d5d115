import { halfWidth } from './halfWidth';

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


/** The comparison form of a header: no whitespace, half-width, lower case, no * marker, no (元). */
export function headerKey(header: string): string {
  return halfWidth(header)
    .replace(/\s+/g, '')
    .replace(/^\*+/, '')
    .replace(/\((?:单位[:：])?元\)$/, '')
    .toLowerCase();
}

/** The names a schema header is recognised by, itself first (for messages and README). */
export function namesFor(header: string): readonly string[] {
  return [header, ...(HEADER_SYNONYMS[header] ?? [])];
}
