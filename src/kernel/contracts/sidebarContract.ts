// The sidebar's JSON contract: what each google.script.run call takes and returns. The sidebar
// (src/ui/browser) and the server functions of src/main.ts both compile against these types;
// thin adapters map the actions' plan objects to these views. Everything here must survive
// google.script.run's serialisation, so: plain objects, strings, numbers, booleans, null — no
// Date, no undefined, no Map. Money is integer fen, dates are already display text.
import type { Fen } from '../values/fen';
import type { CAMPAIGN_STATES, CAMPAIGN_TYPES, CHECK_RESULTS } from '../sheets/schema';
import type { PickupLookupView, PickupRecordView } from './pickupContract';

export type { PickupLookupView, PickupMemberView, PickupRecordView, PickupSummaryView } from './pickupContract';

/** Every server function the sidebar calls; each is an export of src/main.ts. */
export const SIDEBAR_FUNCTIONS = [
  'sidebarCalendarPreview',
  'sidebarCalendarApply',
  'sidebarCampaigns',
  'sidebarNoticePreview',
  'sidebarSendTest',
  'sidebarSend',
  'sidebarSendProgress',
  'sidebarAidCheck',
  'sidebarSelectRow',
  'sidebarPickupLookup',
  'sidebarRecordPickup',
  'sidebarUndoPickup',
] as const;

export type SidebarFunction = (typeof SIDEBAR_FUNCTIONS)[number];

/** Arguments and successful data of each call. */
export interface SidebarApi {
  /** The calendar diff of 工作计划 against the shared calendar; reads only. */
  sidebarCalendarPreview: { args: []; data: CalendarPreviewView };
  /** Applies the previewed diff; `planToken` from the preview, refused (kind 'stale') when the plan changed since. */
  sidebarCalendarApply: { args: [planToken: string]; data: CalendarApplyView };
  sidebarCampaigns: { args: []; data: CampaignListView };
  sidebarNoticePreview: { args: [campaignId: string]; data: NoticePreviewView };
  /** The first recipient's mail, to the clerk only, subject prefixed 【测试】. */
  sidebarSendTest: { args: [campaignId: string]; data: SendTestView };
  /** Sends; returns when the run ends (done, or stopped by quota or time). Long: the sidebar polls sidebarSendProgress meanwhile. */
  sidebarSend: { args: [campaignId: string]; data: SendProgressView };
  /** Where the campaign's send stands now; cheap (document properties only), safe to poll. */
  sidebarSendProgress: { args: [campaignId: string]; data: SendProgressView };
  /** Runs 核算帮扶金 (writes the owned 帮扶台账 columns) and returns its summary. */
  sidebarAidCheck: { args: []; data: AidCheckView };
  /** Selects that row in the sheet so the clerk sees it. */
  sidebarSelectRow: { args: [sheet: string, row: number]; data: SelectRowView };
  /** 领取登记: members matching a 工号 or part of a name, with whether they collected. Reads only. */
  sidebarPickupLookup: { args: [campaignId: string, query: string]; data: PickupLookupView };
  /** Records 本人 (proxy '') or 代领 by `proxy`; a refusal is an ok reply with ok false. */
  sidebarRecordPickup: { args: [campaignId: string, memberId: string, proxy: string]; data: PickupRecordView };
  /** Records 撤销 of the member's collection. */
  sidebarUndoPickup: { args: [campaignId: string, memberId: string]; data: PickupRecordView };
}

export type SidebarArgs<F extends SidebarFunction> = SidebarApi[F]['args'];
export type SidebarData<F extends SidebarFunction> = SidebarApi[F]['data'];

/** What every server function returns. Expected refusals are replies, not exceptions. */
export type SidebarReply<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly error: SidebarError };

export type SidebarErrorKind =
  /** The data has problems to fix first (listed). */
  | 'problems'
  /** Another run holds the document lock. */
  | 'locked'
  /** Not allowed (e.g. not 管理员, campaign already 已完成). */
  | 'refused'
  /** The sheet changed since the preview: preview again. */
  | 'stale'
  /** Anything else, including the server or the network failing. */
  | 'failed';

export interface SidebarError {
  readonly kind: SidebarErrorKind;
  /** One readable Chinese paragraph. */
  readonly message: string;
  readonly problems: readonly ProblemView[];
}

/** A located problem (`sheet!row column: reason`), clickable when it has a row. */
export interface ProblemView {
  /** Formatted by core's formatProblem. */
  readonly text: string;
  readonly sheet: string;
  readonly row: number | null;
  /** false = a warning, shown but not stopping the action. */
  readonly blocking: boolean;
}

// ---- 日历同步 ----

export interface CalendarChangeView {
  /** 计划编号 */
  readonly key: string;
  readonly title: string;
  /** The event's dates as the clerk reads them, e.g. '2023年6月' or '2023年6月20日 14:00'. */
  readonly when: string;
  /** 工作计划 row; null for a delete whose row is gone. */
  readonly row: number | null;
  /** Why it is in this list, e.g. '计划行已删除'; '' when nothing to say. */
  readonly note: string;
}

export interface CalendarPreviewView {
  /** Name of the shared calendar; '' when none is set up yet (applying creates one, see notes). */
  readonly calendarName: string;
  readonly planYear: number;
  readonly timeZone: string;
  /** Totals; the lists below may hold only the first items. */
  readonly counts: { readonly create: number; readonly update: number; readonly delete: number; readonly unchanged: number };
  readonly creates: readonly CalendarChangeView[];
  readonly updates: readonly CalendarChangeView[];
  readonly deletes: readonly CalendarChangeView[];
  /** Events left exactly as they are: not created by UnionDesk, of another plan year, or of a row skipped for its problems. */
  readonly untouched: number;
  /** Rows that cannot sync (marked 错误 and skipped); the rest still sync. */
  readonly problems: readonly ProblemView[];
  /** Extra sentences for the clerk, e.g. that a calendar will be created. */
  readonly notes: readonly string[];
  /** Identifies this plan; sidebarCalendarApply refuses when the sheet no longer matches it. */
  readonly planToken: string;
}

export interface CalendarApplyView {
  readonly counts: { readonly created: number; readonly updated: number; readonly deleted: number; readonly failed: number };
  /** false: stopped before the time limit, a continuation will finish the rest. */
  readonly finished: boolean;
  readonly message: string;
  readonly problems: readonly ProblemView[];
}

// ---- 慰问通知 ----

export type CampaignStateName = (typeof CAMPAIGN_STATES)[number];

export interface CampaignOption {
  /** 活动ID */
  readonly id: string;
  readonly name: string;
  readonly type: (typeof CAMPAIGN_TYPES)[number];
  /** The effective state (an approval whose row changed counts as 草稿). */
  readonly state: CampaignStateName;
  /** 计划发送时间 as text, e.g. '2023-06-19 09:00'; null when not scheduled. */
  readonly sendAt: string | null;
}

export interface CampaignListView {
  readonly campaigns: readonly CampaignOption[];
  /** The campaign on the row selected in 慰问活动, if any. */
  readonly selectedId: string | null;
}

export interface PersonView {
  /** 工号 */
  readonly memberId: string;
  readonly name: string;
  readonly email: string;
  /** The reason (skipped), the state note (in flight), or ''. */
  readonly note: string;
  /** Where the person's row is (会员名册 or 帮扶台账); row null when the action does not say. */
  readonly sheet: string;
  readonly row: number | null;
}

export interface MailView {
  readonly to: string;
  readonly name: string;
  readonly subject: string;
  /** The HTML body, merged values escaped; shown only in a sandboxed iframe. */
  readonly html: string;
  readonly text: string;
}

export interface NoticePreviewView {
  readonly campaign: CampaignOption;
  /** Why the state is what it is, e.g. why an approved campaign is 草稿 again; '' otherwise. */
  readonly stateNote: string;
  /** Totals; the lists below may hold only the first items. */
  readonly counts: {
    readonly recipients: number;
    readonly toSend: number;
    readonly alreadySent: number;
    readonly inFlight: number;
    readonly skipped: number;
    readonly problems: number;
  };
  readonly toSend: readonly PersonView[];
  readonly skipped: readonly PersonView[];
  /** 发送中: a run stopped while mailing them; the clerk decides. */
  readonly inFlight: readonly PersonView[];
  readonly problems: readonly ProblemView[];
  /** The first rendered mails (at most three). */
  readonly mails: readonly MailView[];
  /** How many may go today (quota and 每日发信上限); null when no limit is known. */
  readonly allowance: number | null;
  readonly canSend: boolean;
  /** Why not, when canSend is false. */
  readonly cannotSendReason: string;
}

export interface SendTestView {
  readonly to: string;
  readonly subject: string;
  readonly message: string;
}

export type SendPhase = 'idle' | 'sending' | 'stopped' | 'done';

export interface SendProgressView {
  readonly campaignId: string;
  /** idle: no run under way; sending: a run is mailing; stopped: quota or time ran out, the rest later; done: nobody left. */
  readonly phase: SendPhase;
  /** Notices this run means to send. */
  readonly total: number;
  readonly sent: number;
  readonly failed: number;
  readonly skipped: number;
  /** Left for a later run (quota, time). */
  readonly remaining: number;
  readonly message: string;
}

// ---- 帮扶核算 ----

export type AidResult = (typeof CHECK_RESULTS)[number];

export interface AidRowView {
  readonly sheet: string;
  readonly row: number;
  readonly applicationId: string;
  readonly memberId: string;
  readonly name: string;
  readonly result: AidResult;
  /** 应发金额; null when it could not be computed (错误). */
  readonly due: Fen | null;
  /** 实发金额; null when blank. */
  readonly paid: Fen | null;
  /** 差额 = 实发 − 应发. */
  readonly difference: Fen | null;
  /** 说明, in Chinese. */
  readonly note: string;
}

export interface AidTierView {
  /** e.g. '5,000.00–10,000.00 元' or '不符合条件'. */
  readonly label: string;
  readonly count: number;
  readonly due: Fen;
}

export interface AidCheckView {
  readonly rows: number;
  readonly resultCounts: Readonly<Record<AidResult, number>>;
  readonly totalDue: Fen;
  readonly totalPaid: Fen;
  readonly tiers: readonly AidTierView[];
  /** Rows not 一致, worst first. */
  readonly attention: readonly AidRowView[];
  /** Warnings (e.g. a gap between tiers); errors stop the check and come as a 'problems' reply. */
  readonly problems: readonly ProblemView[];
}

export interface SelectRowView {
  readonly sheet: string;
  readonly row: number;
}
