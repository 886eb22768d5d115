import type { PersonLine } from './noticePreview';
import type { StopReason } from './sendRun';
import type { CampaignRunReport } from '../kernel/contracts/campaignRun';
import { IF_TRIGGER_TIME_USED_UP } from '../kernel/triggerTimeNotice';
export type { CampaignRunReport };

/** What the clerk reads after a run. */
export function runMessage(r: CampaignRunReport, autoSendOn: boolean): string {
  const lines = [`活动“${r.campaignId}”：本次发送 ${r.sent} 封${r.alreadySent ? `（此前已发送 ${r.alreadySent} 人，未重复发送）` : ''}。`];
  if (r.skipped.length) lines.push(`跳过 ${r.skipped.length} 人（已记入发送记录，补上邮箱后再次发送即可）：${r.skipped.slice(0, 10).map((s) => `${s.name}（${s.note}）`).join('；')}${r.skipped.length > 10 ? '……' : ''}`);
  if (r.failed.length) lines.push(`发送失败 ${r.failed.length} 人（下次发送时会重试）：${r.failed.slice(0, 10).map((s) => `${s.name}（${s.note}）`).join('；')}`);
  if (r.inFlight.length) lines.push(`上次发送中断、结果未知的 ${r.inFlight.length} 人本次没有发送，请向本人核实后在“发送记录”中追加一行“已发送”或“失败”：${r.inFlight.map((s) => s.name).join('、')}`);
  switch (r.stoppedBy) {
    case 'done':
      if (r.finished) lines.push('该活动已全部发送完毕。');
      break;
    case 'time':
      lines.push(`为避免超过 Apps Script 每次运行 6 分钟的限制，已暂停；剩余 ${r.left} 封将在约 1 分钟后自动继续发送（${IF_TRIGGER_TIME_USED_UP}）。`);
      break;
    case 'quota':
      lines.push(`今天的发信额度已用完，剩余 ${r.left} 封明天可以继续发送。${autoSendOn ? '自动发送已开启，明天会自动接着发送。' : '请明天再次发送这个活动（已发出的不会重复发送），或开启自动发送。'}`);
      break;
    case 'uncertain':
      lines.push(`给 ${r.uncertain!.name}（${r.uncertain!.memberId}）发信时出错，无法确定是否已发出，已停止发送：${r.uncertain!.note}。请向本人核实后在“发送记录”中为其追加一行“已发送”或“失败”；其余 ${r.left} 封可再次点击“发送慰问通知”继续。`);
      break;
    case 'unavailable':
      lines.push(`${r.serverProblem}\n没有人被记为“失败”；问题解决后再次发送即可（剩余 ${r.left} 封，已发出的不会重复发送）。`);
      break;
  }
  return lines.join('\n');
}
