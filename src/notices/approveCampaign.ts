// 审核通过: approves the campaign as it now stands. The fingerprint of the row and its template
// is recorded with who and when; any later edit makes it a 草稿 again (see campaignState.ts).
import { adminRefusal } from '../kernel/adminCheck';
import { checkNotices } from './noticeCheck';
import { isBlocking } from '../kernel/problem';
import type { ActionResult } from '../kernel/contracts/actionResult';
import { resultText } from '../kernel/contracts/resultText';
import {
  askCampaign, type CampaignChoice, chooseCampaign, isProblem,
  nowText, readNoticeSession, wallClockOf, writeCampaignColumns,
} from './noticeData';
import { AUTO_SEND_HANDLER } from './sendNotices';
import { cellText } from '../kernel/values/cell';
import { LOCKED_MESSAGE, type Services } from '../kernel/services/services';

const TITLE = '审核通过';

export interface ApprovalData {
  readonly campaignId: string;
  readonly approver: string;
  readonly approvedAt: string;
  readonly fingerprint: string;
  readonly recipients: number;
}

export function menuApproveCampaign(services: Services): ActionResult<ApprovalData> {
  const choice = askCampaign(TITLE, services);
  if (!choice) return { status: 'cancelled', message: '已取消。', problems: [] };
  const question = '将按活动行和邮件模板的当前内容审核通过该活动。审核后如再修改活动行或模板，需要重新审核。\n\n建议先用“预览慰问通知”和“发送测试邮件给我”检查。确定审核通过吗？';
  if (!services.ui.confirm(TITLE, question)) return { status: 'cancelled', message: '已取消，活动未改动。', problems: [] };
  const result = approveCampaign(choice, services);
  services.ui.alert(TITLE, resultText(result, 15));
  return result;
}

export function approveCampaign(choice: CampaignChoice, services: Services): ActionResult<ApprovalData> {
  const outcome = services.lock.run((): ActionResult<ApprovalData> => {
    const session = readNoticeSession(services);
    const refusal = adminRefusal(session.data.settings.admins, services.user.email());
    if (refusal) return { status: 'refused', message: refusal, problems: [] };
    if (services.user.email() === '') return { status: 'refused', message: '无法识别您的账号（邮箱），审核需要记录审核人。请用单位邮箱账号登录后再试（离线运行请加 --as 邮箱）。', problems: [] };
    const campaign = chooseCampaign(session, choice);
    if (isProblem(campaign)) return { status: 'problems', message: campaign.message, problems: [campaign] };
    const check = checkNotices(session.data, campaign);
    if (check.state.state === '已完成') return { status: 'refused', message: `活动“${campaign.id}”已完成，无需审核。`, problems: [] };
    if (check.blocked) {
      return { status: 'problems', message: `活动“${campaign.id}”的数据有问题，未审核。请改正后再审核：`, problems: check.problems.filter(isBlocking) };
    }
    const approvedAt = nowText(session);
    writeCampaignColumns(session, campaign, { 状态: '已审核', 审核人: services.user.email(), 审核时间: wallClockOf(approvedAt), 审核指纹: check.fingerprint });
    const when = campaign.sendAt ? cellText(campaign.sendAt) : '';
    const auto = services.triggers.hasHourly(AUTO_SEND_HANDLER);
    const lines = [
      `已审核通过活动“${campaign.id}”（${campaign.name}）：待发送 ${check.plan.toSend.length} 人，跳过 ${check.plan.skipped.length} 人，已发送 ${check.plan.alreadySent.length} 人。`,
      when
        ? `计划发送时间：${when}。${auto ? '自动发送已开启，到时会自动发出，并把结果邮件发给您。' : '开启自动发送后，到时会自动发出；也可以随时用“发送慰问通知”手动发送。'}`
        : '该活动没有填写计划发送时间，自动发送不会发送它；可以填写时间后重新审核，或用“发送慰问通知”手动发送。',
      `之后若修改该活动行或模板“${campaign.templateName}”，审核会失效，需要重新审核。`,
    ];
    return {
      status: 'done',
      message: lines.join('\n'),
      problems: check.problems,
      data: { campaignId: campaign.id, approver: services.user.email(), approvedAt, fingerprint: check.fingerprint, recipients: check.plan.toSend.length },
    };
  });
  if (outcome.locked) return { status: 'locked', message: LOCKED_MESSAGE, problems: [] };
  return outcome.value;
}
