import { REMINDER_REASONS, type ReminderCheck } from './reminderCheck';

/** The 催领 preview in Chinese: recipients by 工号 and 姓名, everyone else as counts per reason. */
export function reminderPreviewLines(check: ReminderCheck): string[] {
  const { campaign, timing, plan } = check;
  const lines = [`活动“${campaign.id}”（${campaign.name}）催领：领取截止 ${campaign.pickupEnd ?? '未填写'}${timing.dueOn ? `，催领日 ${timing.dueOn}（截止前 ${timing.days} 个工作日）` : ''}`];
  if (timing.phase === 'over') {
    lines.push(`领取已截止，未领 ${check.followUp.length} 人，请电话联系：`);
    for (const f of check.followUp) lines.push(`  ${f.memberId} ${f.name} ${f.branch || '（未填分会）'} 手机 ${f.phone || '（名册中没有手机）'}`);
    return lines;
  }
  if (check.refusal) lines.push(check.refusal);
  else {
    if (timing.phase === 'early') lines.push(`还未到催领日：自动发送会在 ${timing.dueOn} 发出；现在手动发送也可以。`);
    lines.push(`将发送催领通知 ${plan.toSend.length} 人${plan.toSend.length ? '：' : '。'}`);
    for (const { recipient } of plan.toSend) lines.push(`  ${recipient.memberId} ${recipient.name}`);
  }
  const counted = REMINDER_REASONS.filter((r) => check.counts.get(r)).map((r) => `${r} ${check.counts.get(r)}`);
  if (counted.length) lines.push(`不发送：${counted.join('，')}`);
  return lines;
}
