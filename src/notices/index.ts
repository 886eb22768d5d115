// What other features may use of 慰问通知: 领取登记 and 催领 (src/pickup) hand out the gift a notice
// announced, to the same audience, and send reminders through the same at-most-once journal.
export { type AudienceRules, memberAudience, memberExclusion, type Recipient } from './audience';
export type { Campaign } from './campaign';
export { checkNotices, findCampaign, type NoticeCheck, type NoticeData, renderFor } from './noticeCheck';
export {
  askCampaign, isProblem, type NoticeSession, nowText, problemLines, readNoticeSession, sendLogRows, wallClockOf,
} from './noticeData';
export { wallClockText } from './readSendLog';
export { AUTO_CONTINUE_HANDLER } from './autoSend';
export { allowanceNow, sendEffects, UNKNOWN_USER } from './sendNotices';
export { planSends, type SendPlan } from './sendPlan';
export { runSends, type SendEffects, type StopReason } from './sendRun';
