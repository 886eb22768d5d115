import { htmlEscape } from '../kernel/text/htmlEscape';
import { leftOutLine, type NoticePreview, type PersonLine } from './noticePreview';

// The 预览慰问通知 dialog. Every value from the workbook is escaped; each rendered mail is shown
// in a sandboxed iframe (no scripts) so a template's own HTML cannot reach the dialog.

function people(title: string, list: readonly PersonLine[], max = 200): string {
  if (!list.length) return '';
  const rows = list.slice(0, max).map((p) => `<tr><td>${htmlEscape(p.memberId)}</td><td>${htmlEscape(p.name)}</td><td>${htmlEscape(p.email)}</td><td>${htmlEscape(p.note)}</td></tr>`).join('');
  const more = list.length > max ? `<p>……另有 ${list.length - max} 人</p>` : '';
  return `<h3>${htmlEscape(title)}（${list.length} 人）</h3><table><tr><th>工号</th><th>姓名</th><th>邮箱</th><th>说明</th></tr>${rows}</table>${more}`;
}

export function noticePreviewPage(p: NoticePreview, problems: readonly string[]): string {
  const summary = [
    `活动“${p.campaignId}”${p.campaignName ? `（${p.campaignName}）` : ''}，模板“${p.templateName}”，状态：${p.state}${p.stateReason ? `（${p.stateReason}）` : ''}`,
    `待发送 ${p.toSend.length} 人；已发送 ${p.alreadySent.length} 人；发送中待核实 ${p.inFlight.length} 人；跳过 ${p.skipped.length} 人；今天还可发送 ${p.allowance === Infinity ? '不限' : p.allowance} 封。`,
    ...[leftOutLine(p) ?? []].flat(),
  ];
  const problemList = problems.length
    ? `<h3>${p.blocked ? '必须先改正的问题（改正前不会发送任何邮件）' : '提示'}</h3><ul>${problems.map((x) => `<li>${htmlEscape(x)}</li>`).join('')}</ul>`
    : '';
  const mails = p.mails.map((m, i) => `<h3>第 ${i + 1} 封：${htmlEscape(m.name)} &lt;${htmlEscape(m.to)}&gt;</h3><p><b>主题：</b>${htmlEscape(m.subject)}</p><iframe sandbox srcdoc="${htmlEscape(m.html)}"></iframe>`).join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;font-size:13px;margin:8px}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:2px 6px;text-align:left}
iframe{width:100%;height:260px;border:1px solid #ccc}h3{margin:14px 0 6px}
</style></head><body>${summary.map((s) => `<p>${htmlEscape(s)}</p>`).join('')}${problemList}${people('发送中待核实（上次发送中断，请核实后在发送记录中追加“已发送”或“失败”）', p.inFlight)}${people('跳过', p.skipped)}${mails}${people('待发送', p.toSend)}${people('已发送', p.alreadySent)}</body></html>`;
}
