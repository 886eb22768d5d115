// 保护敏感工作表: protects 会员名册 (personal data), 帮扶台账 (medical data), 设置 (so nobody adds
// themselves to 管理员) and 发送记录 (the proof of what was sent) so that only 设置!管理员 can edit
// them. Read 设置 once → who may do this → confirm → one protection per sheet → report. Running it
// again brings every protection's editor list in line with 管理员.
import { adminRefusal } from '../kernel/adminCheck';
import type { Problem } from '../kernel/problem';
import { SETTING_KEYS, SHEET } from '../kernel/sheets/schema';
import { LOCKED_MESSAGE, type Services } from '../kernel/services/services';
import type { Workbook } from '../kernel/services/workbook';
import { workbookSettings } from '../kernel/sheets/workbookSettings';
import type { ActionResult } from '../kernel/contracts/actionResult';
import { resultText } from '../kernel/contracts/resultText';

const TITLE = '保护敏感工作表';

export const SENSITIVE_SHEETS = [SHEET.roster, SHEET.aidLedger, SHEET.settings, SHEET.sendLog] as const;

const DESCRIPTION = '工会助手：含个人信息，仅管理员（设置!管理员）可编辑';

const MEDICAL_WARNING =
  '注意：帮扶台账的“病种”列是医疗健康信息，属于敏感个人信息。工作表保护只限制编辑、不限制查看——能打开本表格的人仍能看到它。请只把本表格共享给确有需要的人，导出、打印或转发时同样注意保密。';

export interface ProtectData {
  readonly protectedSheets: readonly string[];
  readonly editors: readonly string[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

export function menuProtectSheets(services: Services): ActionResult<ProtectData> {
  const result = protectSheets((preview) => services.ui.confirm(TITLE, `${preview}\n\n是否继续？`), services);
  if (result.status !== 'cancelled') services.ui.alert(TITLE, resultText(result));
  return result;
}

/** `confirm` sees what will be done and decides (the menu asks the clerk). */
export function protectSheets(confirm: (preview: string) => boolean, services: Services): ActionResult<ProtectData> {
  const workbook = services.workbook;
  const user = services.user.email();
  const outcome = services.lock.run(() => run(confirm, workbook, user, services));
  return outcome.locked ? { status: 'locked', message: LOCKED_MESSAGE, problems: [] } : outcome.value;
}

function run(confirm: (preview: string) => boolean, workbook: Workbook, user: string, services: Services): ActionResult<ProtectData> {
  if (!workbook.hasSheet(SHEET.settings)) {
    return { status: 'refused', message: `找不到工作表“${SHEET.settings}”，因此没有保护任何工作表：请先运行“初始化工作簿”，在“设置”中填写“${SETTING_KEYS.admins}”后再运行“${TITLE}”。`, problems: [] };
  }
  const { admins } = workbookSettings(workbook, services.clock).settings;
  if (admins.length === 0) {
    return {
      status: 'refused',
      message: `设置中的“${SETTING_KEYS.admins}”为空，因此没有保护任何工作表：保护后只有管理员能编辑，若没有指定管理员，其他干事将全部无法修改名册和台账，而谁有权操作也无从查起。请先在“设置”表的“${SETTING_KEYS.admins}”一行填写管理员邮箱（多个用逗号分隔，请包括您自己），再运行“${TITLE}”。`,
      problems: [],
    };
  }
  const refusal = adminRefusal(admins, user);
  if (refusal) return { status: 'refused', message: refusal, problems: [] };

  const present = SENSITIVE_SHEETS.filter((name) => workbook.hasSheet(name));
  const missing: Problem[] = SENSITIVE_SHEETS.filter((name) => !present.includes(name)).map((name) => ({ sheet: name, message: `找不到工作表“${name}”，未保护；请先运行“初始化工作簿”后再运行“${TITLE}”`, severity: 'warning' }));
  if (present.length === 0) return { status: 'problems', message: '没有可保护的工作表。', problems: missing };

  const preview = [`将保护以下工作表：${present.join('、')}。`, `保护后只有管理员（${admins.join('、')}）和表格所有者可以编辑它们；其他协作者仍可查看，但不能修改。`, MEDICAL_WARNING].join('\n');
  if (!confirm(preview)) return { status: 'cancelled', message: '已取消，未保护任何工作表。', problems: [] };

  const added = new Set<string>();
  const removed = new Set<string>();
  let editors: readonly string[] = [];
  for (const name of present) {
    const changes = workbook.protect(name, DESCRIPTION, admins);
    changes.add.forEach((e) => added.add(e));
    changes.remove.forEach((e) => removed.add(e));
    editors = changes.editors;
  }
  const lines = [`已保护：${present.join('、')}。现在可以编辑它们的是：${editors.join('、')}（以及表格所有者）。`];
  if (removed.size) lines.push(`已取消以下账号的编辑权限：${[...removed].join('、')}。`);
  lines.push(`更换管理员时，请由现任管理员先修改“设置”中的“${SETTING_KEYS.admins}”，再运行一次“${TITLE}”。`, MEDICAL_WARNING);
  return {
    status: 'done',
    message: lines.join('\n'),
    problems: missing,
    data: { protectedSheets: present, editors, added: [...added], removed: [...removed] },
  };
}
