// 核算帮扶金: checks every 帮扶台账 row against 帮扶标准 and writes what is owed, the difference,
// the verdict and the reason into the tool-owned columns. Read once (设置, 帮扶标准, 帮扶台账,
// 会员名册) → validate the tier table → pure check → one write of the owned columns and one of
// the row colours → summary. Clerk columns are never written; a rerun on unchanged data writes
// nothing at all.
import { type AidRowCheck, type AidSummary, checkAid } from './aidCheck';
import { aidSummaryText } from './aidReport';
import { adminRefusal } from '../kernel/adminCheck';
import { formatYuan } from '../kernel/values/fen';
import { formatProblem, isBlocking, type Problem } from '../kernel/problem';
import { planAidLedgerOutput, withClerkColours } from './aidLedgerOutput';
import { readAidLedger } from './readAidLedger';
import { readAidTiers } from './readAidTiers';
import { readMembers } from '../kernel/members/readMembers';
import { AID_LEDGER_COLUMNS, SETTING_KEYS, SHEET } from '../kernel/sheets/schema';
import { LOCKED_MESSAGE, type Services } from '../kernel/services/services';
import type { Workbook } from '../kernel/services/workbook';
import { workbookSettings } from '../kernel/sheets/workbookSettings';
import type { ActionResult } from '../kernel/contracts/actionResult';
import type { AidRowReport, AidCheckData } from '../kernel/contracts/aidCheckData';
export type { AidRowReport, AidCheckData };

const TITLE = '核算帮扶金';
/** Problems listed in the dialog; the rest are in the 说明 column and the CLI output. */
const SHOWN_IN_DIALOG = 12;

/** The menu item: runs the check and shows the summary. */
export function menuCheckAid(services: Services): ActionResult<AidCheckData> {
  const result = checkAidAction(services);
  const listed = result.problems.slice(0, SHOWN_IN_DIALOG).map(formatProblem);
  const more = result.problems.length - listed.length;
  const text = [result.message, ...(listed.length ? ['', ...listed] : []), ...(more > 0 ? [`……另有 ${more} 条，详见帮扶台账的“说明”列`] : [])];
  services.ui.alert(TITLE, text.join('\n'));
  return result;
}

export function checkAidAction(services: Services): ActionResult<AidCheckData> {
  const workbook = services.workbook;
  const user = services.user.email();
  const outcome = services.lock.run(() => run(workbook, user, services));
  return outcome.locked ? { status: 'locked', message: LOCKED_MESSAGE, problems: [] } : outcome.value;
}

const AID_SETTINGS = [SETTING_KEYS.tierBoundary, SETTING_KEYS.yearlyAidCap, SETTING_KEYS.applicationsPerYear, SETTING_KEYS.retireesMayApply];

function run(workbook: Workbook, user: string, services: Services): ActionResult<AidCheckData> {
  const { settings, problems: settingProblems } = workbookSettings(workbook, services.clock);
  const refusal = adminRefusal(settings.admins, user);
  if (refusal) return { status: 'refused', message: refusal, problems: [] };

  const tiers = readAidTiers(workbook.read(SHEET.aidTiers), workbook.readNumberFormats(SHEET.aidTiers) ?? undefined);
  const ledger = readAidLedger(workbook.read(SHEET.aidLedger));
  const roster = readMembers(workbook.read(SHEET.roster));

  // A wrong setting or tier table would change every amount: nothing is written until fixed.
  const blocking: Problem[] = [
    ...settingProblems.filter((p) => AID_SETTINGS.some((key) => p.message.startsWith(`${key}：`))),
    ...tiers.problems.filter(isBlocking),
    ...ledger.problems,
    ...roster.problems.filter((p) => p.row === undefined || p.row === 1),
  ];
  if (blocking.length > 0) {
    const shown = [...blocking, ...tiers.problems.filter((p) => !isBlocking(p))];
    return { status: 'problems', message: '核算未进行：以下问题会影响每一笔帮扶金额，请先改正后再运行。', problems: shown };
  }

  const check = checkAid({ tiers: tiers.tiers, applications: ledger.applications, members: roster.members, settings });
  const output = planAidLedgerOutput(ledger.table, check.rows, ledger.outputOnlyRows);
  const { headerWrite, writes } = output.values;
  if (headerWrite) workbook.write(SHEET.aidLedger, headerWrite);
  for (const w of writes) workbook.write(SHEET.aidLedger, w);
  const { row, column, colours } = output.backgrounds;
  const current = workbook.readBackgrounds(SHEET.aidLedger, row, column, colours.length, colours[0]?.length ?? 0);
  const wanted = withClerkColours(colours, current);
  const recolour = !sameColours(current, wanted);
  if (recolour) workbook.setBackgrounds(SHEET.aidLedger, row, column, wanted);

  const findings = [...tiers.problems, ...check.rows.flatMap(rowFindings)];
  return {
    status: 'done',
    message: aidSummaryText(check.summary),
    problems: findings,
    data: { summary: check.summary, rows: check.rows.map(rowReport), tierWarnings: tiers.problems.filter((p) => !isBlocking(p)), changed: headerWrite !== null || writes.length > 0 || recolour },
  };
}

/** What the clerk must look at in a row: why it is 错误, or the amount it is off by. */
function rowFindings(r: AidRowCheck): Problem[] {
  if (r.result === '错误') return [...r.problems];
  if (r.result !== '不一致') return [];
  const off = r.difference! > 0 ? '多发' : '少发';
  return [{ sheet: SHEET.aidLedger, row: r.row, column: AID_LEDGER_COLUMNS.paid, message: `实发 ${formatYuan(r.paid!)} 元，应发 ${formatYuan(r.due!)} 元，${off} ${formatYuan(Math.abs(r.difference!))} 元` }];
}

function rowReport(r: AidRowCheck): AidRowReport {
  return { row: r.row, applicationId: r.applicationId, memberId: r.memberId, name: r.name, dueFen: r.due, paidFen: r.paid, differenceFen: r.difference, result: r.result, explanation: r.explanation };
}

function sameColours(current: readonly (readonly string[])[], planned: readonly (readonly (string | null)[])[]): boolean {
  return planned.every((row, i) => row.every((c, j) => (c ?? '#ffffff').toLowerCase() === (current[i]?.[j] ?? '#ffffff').toLowerCase()));
}
