// 预览慰问通知: recipients, skipped members with reasons, members already sent or left 发送中,
// every problem, and the first three rendered mails. Reads only; sends and writes nothing.
import { checkNotices } from './noticeCheck';
import { buildPreview, type NoticePreview, previewText } from './noticePreview';
import { noticePreviewPage } from './noticePreviewPage';
import type { ActionResult } from '../kernel/contracts/actionResult';
import { resultText } from '../kernel/contracts/resultText';
import { formatProblem } from '../kernel/problem';
import { askCampaign, type CampaignChoice, chooseCampaign, isProblem, readNoticeSession } from './noticeData';
import { allowanceNow } from './sendNotices';
import type { Services } from '../kernel/services/services';

const TITLE = '预览慰问通知';

export function menuPreviewNotices(services: Services): ActionResult<NoticePreview> {
  const choice = askCampaign(TITLE, services);
  if (!choice) return { status: 'cancelled', message: '已取消。', problems: [] };
  const result = previewNotices(choice, services);
  if (result.data) services.ui.showHtmlDialog(`${TITLE}：${result.data.campaignId}`, noticePreviewPage(result.data, result.problems.map(formatProblem)));
  else services.ui.alert(TITLE, resultText(result));
  return result;
}

export function previewNotices(choice: CampaignChoice, services: Services): ActionResult<NoticePreview> {
  const session = readNoticeSession(services);
  const campaign = chooseCampaign(session, choice);
  if (isProblem(campaign)) return { status: 'problems', message: campaign.message, problems: [campaign] };
  const check = checkNotices(session.data, campaign);
  const preview = buildPreview(session.data, check, allowanceNow(services, session));
  const message = session.journalProblem ? `${session.journalProblem}\n\n${previewText(preview)}` : previewText(preview);
  return { status: check.blocked || session.journalProblem ? 'problems' : 'done', message, problems: check.problems, data: preview };
}
