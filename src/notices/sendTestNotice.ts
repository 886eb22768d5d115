// 发送测试邮件给我: the first recipient's notice, to the clerk's own address, subject prefixed
// 【测试】. Nothing is recorded: the member still gets their own notice later.
import { adminRefusal } from '../kernel/adminCheck';
import { emailProblem } from '../kernel/values/emailAddress';
import { checkNotices, renderFor } from './noticeCheck';
import { isBlocking } from '../kernel/problem';
import type { ActionResult } from '../kernel/contracts/actionResult';
import { resultText } from '../kernel/contracts/resultText';
import { askCampaign, type CampaignChoice, chooseCampaign, isProblem, readNoticeSession } from './noticeData';
import { SHEET } from '../kernel/sheets/schema';
import type { Services } from '../kernel/services/services';

const TITLE = '发送测试邮件给我';
export const TEST_PREFIX = '【测试】';

export interface TestNoticeData {
  readonly to: string;
  readonly memberId: string;
  readonly subject: string;
}

export function menuSendTestNotice(services: Services): ActionResult<TestNoticeData> {
  const choice = askCampaign(TITLE, services);
  if (!choice) return { status: 'cancelled', message: '已取消。', problems: [] };
  const result = sendTestNotice(choice, services);
  services.ui.alert(TITLE, resultText(result));
  return result;
}

export function sendTestNotice(choice: CampaignChoice & { readonly to?: string }, services: Services): ActionResult<TestNoticeData> {
  const session = readNoticeSession(services);
  const refusal = adminRefusal(session.data.settings.admins, services.user.email());
  if (refusal) return { status: 'refused', message: refusal, problems: [] };
  const to = (choice.to ?? services.user.email()).trim();
  if (to === '') return { status: 'refused', message: '无法识别您的邮箱地址，测试邮件无处可发。请用单位邮箱账号登录后再试。', problems: [] };
  const bad = emailProblem(to);
  if (bad) return { status: 'refused', message: `测试邮件的收件地址不可用：${bad}`, problems: [] };
  const campaign = chooseCampaign(session, choice);
  if (isProblem(campaign)) return { status: 'problems', message: campaign.message, problems: [campaign] };
  const check = checkNotices(session.data, campaign);
  // Only what the mail is made of must be right for a test: the campaign row and the template.
  const blocking = check.problems.filter((p) => isBlocking(p) && (p.sheet === SHEET.campaigns || p.sheet === SHEET.templates));
  if (blocking.length || !check.template) {
    return { status: 'problems', message: `活动“${campaign.id}”的邮件还不能生成，请先改正：`, problems: blocking };
  }
  const first = check.audience.recipients[0];
  if (!first) return { status: 'refused', message: `活动“${campaign.id}”没有可发送的收件人，无法生成测试邮件。`, problems: check.problems };
  if (services.mail.remainingQuota() < 1) return { status: 'refused', message: '今天的发信额度已用完，明天再试。', problems: [] };
  const mail = renderFor(session.data, check, first);
  const subject = `${TEST_PREFIX}${mail.subject}`;
  services.mail.send({ to, mail: { ...mail, subject }, senderName: session.data.settings.senderName, replyTo: session.data.settings.replyTo });
  return {
    status: 'done',
    message: `已把发给 ${first.name}（${first.memberId}）的通知作为测试邮件发送到 ${to}，主题：${subject}。测试邮件不记入发送记录。`,
    problems: check.problems,
    data: { to, memberId: first.memberId, subject },
  };
}
