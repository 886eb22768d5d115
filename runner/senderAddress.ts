// The From address of mail sent offline. On Google, MailApp sends from the clerk's own account;
// offline there is no account, so the address comes from 设置!发件邮箱, else the clerk running
// the tool (--as / UNIONDESK_USER). With neither, nothing is sent: a made-up sender such as
// uniondesk@localhost would be rejected or land in spam.
import { emailProblem } from '../src/kernel/values/emailAddress';
import { SHEET } from '../src/kernel/sheets/schema';
import type { MemoryWorkbook } from './workbook';

export const SENDER_SETTING = '发件邮箱';

export type Sender = { readonly address: string } | { readonly problem: string };

/** 设置!发件邮箱 and where it is (row, 1-based), or null when the row is absent. */
function senderSetting(workbook: MemoryWorkbook): { value: string; row: number } | null {
  const sheet = workbook.sheet(SHEET.settings);
  if (!sheet) return null;
  const header = Array.from({ length: sheet.lastColumn() }, (_, i) => String(sheet.values.get(1, i + 1) ?? '').trim());
  const key = header.indexOf('项目') + 1;
  const value = header.indexOf('值') + 1;
  if (!key || !value) return null;
  for (let r = 2; r <= sheet.lastRow(); r++) {
    if (String(sheet.values.get(r, key) ?? '').trim() === SENDER_SETTING) return { value: String(sheet.values.get(r, value) ?? '').trim(), row: r };
  }
  return null;
}

export function offlineSender(workbook: MemoryWorkbook, user: string): Sender {
  const setting = senderSetting(workbook);
  if (setting?.value) {
    const problem = emailProblem(setting.value);
    return problem ? { problem: `${SHEET.settings}!第${setting.row}行 值：“${SENDER_SETTING}”不是有效的邮箱地址（${problem}）。请改正后再发送，没有发送任何邮件。` } : { address: setting.value };
  }
  if (user.trim()) {
    const problem = emailProblem(user);
    return problem ? { problem: `--as 给出的“${user}”不是邮箱地址，不能作为发件人（${problem}）。请在“${SHEET.settings}”表中填写“${SENDER_SETTING}”，或用 --as 指定您的邮箱。没有发送任何邮件。` } : { address: user.trim() };
  }
  return { problem: `离线发信需要发件人地址：请在“${SHEET.settings}”表中添加一行“${SENDER_SETTING}”并填写单位的邮箱（例如 union@example.edu.cn），或运行时加 --as 您的邮箱（也可设置环境变量 UNIONDESK_USER）。没有发送任何邮件。` };
}
