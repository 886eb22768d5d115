// The sidebar's state and how each event changes it: pure, so every transition is unit-tested
// without a browser. The DOM code (src/ui/browser) only dispatches events and draws the state.
import type {
  AidCheckView,
  CalendarApplyView,
  CalendarPreviewView,
  CampaignOption,
  NoticePreviewView,
  SendProgressView,
  SendTestView,
  SidebarArgs,
  SidebarData,
  SidebarError,
  SidebarFunction,
} from '../kernel/contracts/sidebarContract';

export const VIEWS = ['calendar', 'notices', 'aid', 'pickup'] as const;
export type ViewName = (typeof VIEWS)[number];

export const VIEW_TITLES: Readonly<Record<ViewName, string>> = {
  calendar: '日历同步',
  notices: '慰问通知',
  aid: '帮扶核算',
  pickup: '领取登记',
};

export function isViewName(v: unknown): v is ViewName {
  return typeof v === 'string' && (VIEWS as readonly string[]).includes(v);
}

/** The clerk-started call in flight: while there is one, every button is disabled. */
export interface PendingCall {
  readonly fn: SidebarFunction;
  /** What the sidebar says while waiting, e.g. '正在发送…'. */
  readonly label: string;
}

export interface SidebarState {
  readonly view: ViewName;
  readonly pending: PendingCall | null;
  /** The last call's failure, shown until the next call starts. */
  readonly error: SidebarError | null;
  /** The last success sentence, for the live region. */
  readonly status: string;
  readonly calendar: {
    readonly preview: CalendarPreviewView | null;
    readonly applied: CalendarApplyView | null;
  };
  readonly notices: {
    /** null until loaded. */
    readonly campaigns: readonly CampaignOption[] | null;
    readonly selectedId: string | null;
    readonly preview: NoticePreviewView | null;
    readonly mailIndex: number;
    /** The clerk pressed 发送 and is being asked to confirm. */
    readonly confirming: boolean;
    /** A sidebarSend call is running (progress is being polled). */
    readonly sending: boolean;
    readonly progress: SendProgressView | null;
    readonly testSent: SendTestView | null;
  };
  readonly aid: {
    readonly check: AidCheckView | null;
  };
}

type Succeeded = { [F in SidebarFunction]: { readonly type: 'callSucceeded'; readonly fn: F; readonly data: SidebarData<F> } }[SidebarFunction];
type Started = { [F in SidebarFunction]: { readonly type: 'callStarted'; readonly fn: F; readonly args: SidebarArgs<F> } }[SidebarFunction];

export type SidebarEvent =
  | { readonly type: 'showView'; readonly view: ViewName }
  | Started
  | Succeeded
  | { readonly type: 'callFailed'; readonly fn: SidebarFunction; readonly error: SidebarError }
  | { readonly type: 'selectCampaign'; readonly id: string }
  | { readonly type: 'showMail'; readonly index: number }
  | { readonly type: 'askSend' }
  | { readonly type: 'cancelSend' }
  /** A poll of sidebarSendProgress answered (polls never block the buttons). */
  | { readonly type: 'progress'; readonly progress: SendProgressView };

const WAITING_LABELS: Readonly<Record<SidebarFunction, string>> = {
  sidebarCalendarPreview: '正在读取工作计划和日历…',
  sidebarCalendarApply: '正在同步到日历…',
  sidebarCampaigns: '正在读取慰问活动…',
  sidebarNoticePreview: '正在生成通知预览…',
  sidebarSendTest: '正在发送测试邮件…',
  sidebarSend: '正在发送慰问通知…',
  sidebarSendProgress: '正在查询发送进度…',
  sidebarAidCheck: '正在核算帮扶金…',
  sidebarSelectRow: '正在定位到该行…',
  sidebarPickupLookup: '正在查找会员…',
  sidebarRecordPickup: '正在登记领取…',
  sidebarUndoPickup: '正在撤销…',
};

export function initialState(view: ViewName = 'calendar'): SidebarState {
  return {
    view,
    pending: null,
    error: null,
    status: '',
    calendar: { preview: null, applied: null },
    notices: {
      campaigns: null,
      selectedId: null,
      preview: null,
      mailIndex: 0,
      confirming: false,
      sending: false,
      progress: null,
      testSent: null,
    },
    aid: { check: null },
  };
}

export function reduce(state: SidebarState, event: SidebarEvent): SidebarState {
  switch (event.type) {
    case 'showView':
      if (state.pending) return state;
      return { ...state, view: event.view, error: null, status: '' };
    case 'callStarted':
      // A second click while a call runs is ignored here too, not only by the disabled button.
      if (state.pending) return state;
      return {
        ...state,
        pending: { fn: event.fn, label: WAITING_LABELS[event.fn] },
        error: null,
        status: '',
        notices: event.fn === 'sidebarSend' ? { ...state.notices, confirming: false, sending: true, progress: null } : state.notices,
      };
    case 'callSucceeded':
      return succeeded({ ...state, pending: null }, event);
    case 'callFailed':
      return {
        ...state,
        pending: null,
        error: event.error,
        status: '',
        notices: event.fn === 'sidebarSend' ? { ...state.notices, sending: false } : state.notices,
      };
    case 'selectCampaign': {
      if (state.pending || event.id === state.notices.selectedId) return state;
      return { ...state, error: null, notices: { ...state.notices, selectedId: event.id || null, preview: null, mailIndex: 0, confirming: false, progress: null, testSent: null } };
    }
    case 'showMail': {
      const count = state.notices.preview?.mails.length ?? 0;
      if (event.index < 0 || event.index >= count) return state;
      return { ...state, notices: { ...state.notices, mailIndex: event.index } };
    }
    case 'askSend':
      if (state.pending || !state.notices.preview?.canSend) return state;
      return { ...state, notices: { ...state.notices, confirming: true } };
    case 'cancelSend':
      return { ...state, notices: { ...state.notices, confirming: false } };
    case 'progress':
      // A late poll answer must not overwrite the final result of the send.
      if (!state.notices.sending || event.progress.campaignId !== state.notices.selectedId) return state;
      return { ...state, notices: { ...state.notices, progress: event.progress } };
  }
}

function succeeded(state: SidebarState, event: Succeeded): SidebarState {
  switch (event.fn) {
    case 'sidebarCalendarPreview':
      return { ...state, calendar: { preview: event.data, applied: null } };
    case 'sidebarCalendarApply':
      // The details are in the result box; the live region says it in a few words.
      return { ...state, status: event.data.finished ? '已同步到日历。' : '已同步一部分，其余几分钟后自动继续。', calendar: { ...state.calendar, applied: event.data } };
    case 'sidebarCampaigns': {
      const campaigns = event.data.campaigns;
      const keep = campaigns.some((c) => c.id === state.notices.selectedId) ? state.notices.selectedId : null;
      const selectedId = keep ?? event.data.selectedId ?? campaigns[0]?.id ?? null;
      const sameCampaign = selectedId === state.notices.selectedId;
      return {
        ...state,
        notices: {
          ...state.notices,
          campaigns,
          selectedId,
          preview: sameCampaign ? state.notices.preview : null,
          mailIndex: sameCampaign ? state.notices.mailIndex : 0,
        },
      };
    }
    case 'sidebarNoticePreview':
      return { ...state, notices: { ...state.notices, preview: event.data, mailIndex: 0, confirming: false, testSent: null } };
    case 'sidebarSendTest':
      return { ...state, status: event.data.message, notices: { ...state.notices, testSent: event.data } };
    case 'sidebarSend':
      // The counts and the campaign's state are out of date now: dropping them makes the
      // sidebar load fresh ones (the same campaign stays selected).
      return { ...state, status: event.data.phase === 'done' ? '发送完成。' : '发送已暂停，其余稍后继续。', notices: { ...state.notices, sending: false, progress: event.data, campaigns: null, preview: null, mailIndex: 0 } };
    case 'sidebarSendProgress':
      return reduce(state, { type: 'progress', progress: event.data });
    case 'sidebarAidCheck':
      return { ...state, aid: { check: event.data } };
    case 'sidebarPickupLookup':
    case 'sidebarRecordPickup':
    case 'sidebarUndoPickup':
      // The 领取登记 panel keeps its own state (src/ui/pickupState.ts): a scan must not wait on other views.
      return state;
    case 'sidebarSelectRow':
      return { ...state, status: `已在工作表中选中 ${event.data.sheet} 第 ${event.data.row} 行。` };
  }
}

/** A call the sidebar makes by itself: what the current view needs and has not loaded yet. */
export type AutoCall =
  | { readonly fn: 'sidebarCalendarPreview'; readonly args: [] }
  | { readonly fn: 'sidebarCampaigns'; readonly args: [] }
  | { readonly fn: 'sidebarNoticePreview'; readonly args: [string] };

/**
 * Previews load by themselves when a view is shown (they only read). 核算帮扶金 writes the
 * owned columns, so it waits for the clerk's click. After a failure nothing is retried by
 * itself: the clerk reads the message and clicks.
 */
export function autoCall(state: SidebarState): AutoCall | null {
  if (state.pending || state.error) return null;
  if (state.view === 'calendar' && !state.calendar.preview) return { fn: 'sidebarCalendarPreview', args: [] };
  if (state.view === 'notices') {
    if (!state.notices.campaigns) return { fn: 'sidebarCampaigns', args: [] };
    const id = state.notices.selectedId;
    if (id && !state.notices.preview && !state.notices.sending) return { fn: 'sidebarNoticePreview', args: [id] };
  }
  return null;
}

/** Poll sidebarSendProgress while a send runs. */
export function shouldPoll(state: SidebarState): boolean {
  return state.notices.sending && state.notices.selectedId !== null;
}

export const POLL_INTERVAL_MS = 1500;
