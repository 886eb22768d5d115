// The sidebar app: keeps the state (src/ui/sidebarState.ts), dispatches the clerk's clicks and
// the server's answers, and draws. Every decision (what is enabled, what to load, what to say)
// lives in the pure modules of src/ui; this file only wires them to the page.
import type { SidebarArgs, SidebarFunction } from '../../kernel/contracts/sidebarContract';
import { controls } from '../sidebarControls';
import {
  POLL_INTERVAL_MS,
  VIEWS,
  type SidebarEvent,
  type SidebarState,
  type ViewName,
  autoCall,
  initialState,
  isViewName,
  reduce,
  shouldPoll,
} from '../sidebarState';
import { sendButtonText, sendConfirmText } from '../viewText';
import { drawAidCheck } from './aidView';
import { drawCalendarPreview, drawCalendarResult } from './calendarView';
import { byId, fill } from './dom';
import { drawCampaignOptions, drawMail, drawNoticePreview, drawProgress } from './noticesView';
import { errorContent } from './parts';
import { pickupShown } from './pickupView';
import { callServer } from './serverCall';

const initialView = document.body.getAttribute('data-initial-view');
let state: SidebarState = initialState(isViewName(initialView) ? initialView : 'calendar');
/** What each part last showed, so a poll does not rebuild lists (and lose focus) needlessly. */
const drawn = new Map<string, readonly unknown[]>();
/** The control that started the call in flight: focus returns to it when the call ends. */
let trigger: HTMLElement | null = null;
let pollTimer: number | null = null;

const el = {
  tabs: VIEWS.map((v) => byId<HTMLButtonElement>(`tab-${v}`)),
  panels: VIEWS.map((v) => byId(`panel-${v}`)),
  status: byId('status'),
  error: byId('error'),
  calendarBody: byId('calendar-body'),
  calendarResult: byId('calendar-result'),
  calendarApply: byId<HTMLButtonElement>('calendar-apply'),
  calendarPreview: byId<HTMLButtonElement>('calendar-preview'),
  campaign: byId<HTMLSelectElement>('campaign'),
  noticePreview: byId<HTMLButtonElement>('notice-preview'),
  noticeBody: byId('notice-body'),
  noticePeople: byId('notice-people'),
  mail: { box: byId('mail'), position: byId('mail-position'), to: byId('mail-to'), subject: byId('mail-subject'), frameSlot: byId('mail-frame-slot') },
  mailPrevious: byId<HTMLButtonElement>('mail-prev'),
  mailNext: byId<HTMLButtonElement>('mail-next'),
  send: byId<HTMLButtonElement>('send'),
  sendTest: byId<HTMLButtonElement>('send-test'),
  sendConfirm: byId('send-confirm'),
  sendConfirmText: byId('send-confirm-text'),
  sendConfirmYes: byId<HTMLButtonElement>('send-confirm-yes'),
  sendConfirmNo: byId<HTMLButtonElement>('send-confirm-no'),
  progress: { box: byId('send-progress-box'), bar: byId<HTMLProgressElement>('send-progress'), text: byId('send-progress-text'), message: byId('send-progress-message') },
  aidCheck: byId<HTMLButtonElement>('aid-check'),
  aidBody: byId('aid-body'),
};

function dispatch(event: SidebarEvent): void {
  const next = reduce(state, event);
  if (next === state) return;
  state = next;
  draw();
  schedule();
}

async function call<F extends SidebarFunction>(fn: F, args: SidebarArgs<F>, from: HTMLElement | null = null): Promise<void> {
  if (state.pending) return;
  // Disabling the focused control drops the focus to the page; remember where it was.
  const active = document.activeElement;
  trigger = from ?? (active instanceof HTMLElement && active !== document.body ? active : null);
  dispatch({ type: 'callStarted', fn, args } as SidebarEvent);
  const reply = await callServer(fn, args);
  if (reply.ok) dispatch({ type: 'callSucceeded', fn, data: reply.data } as SidebarEvent);
  else dispatch({ type: 'callFailed', fn, error: reply.error });
  restoreFocus();
}

const selectRow = (sheet: string, row: number): void => {
  void call('sidebarSelectRow', [sheet, row], document.activeElement as HTMLElement | null);
};

/** Loads what the view needs, and keeps polling the send's progress. */
function schedule(): void {
  const auto = autoCall(state);
  if (auto) setTimeout(() => void call(auto.fn, auto.args as SidebarArgs<typeof auto.fn>), 0);
  if (shouldPoll(state) && pollTimer === null) pollTimer = window.setTimeout(poll, POLL_INTERVAL_MS);
}

async function poll(): Promise<void> {
  pollTimer = null;
  const id = state.notices.selectedId;
  if (!shouldPoll(state) || !id) return;
  const reply = await callServer('sidebarSendProgress', [id]);
  // A failed poll is not the clerk's concern: the send itself reports how it ended.
  if (reply.ok) dispatch({ type: 'progress', progress: reply.data });
  if (shouldPoll(state) && pollTimer === null) pollTimer = window.setTimeout(poll, POLL_INTERVAL_MS);
}

/**
 * The call disabled the control that had the focus, and the browser dropped the focus to the
 * page: give it back, so keyboard users carry on where they were.
 */
function restoreFocus(): void {
  const from = trigger;
  trigger = null;
  if (!from) return;
  const active = document.activeElement;
  if (active && active !== document.body) return;
  if (from.isConnected && !(from as HTMLButtonElement).disabled) from.focus();
  else byId(`panel-${state.view}`).focus();
}

/** Paints a part only when what it shows has changed (by reference). */
function once(key: string, deps: readonly unknown[], paint: () => void): void {
  const last = drawn.get(key) as readonly unknown[] | undefined;
  if (last && last.length === deps.length && last.every((d, i) => d === deps[i])) return;
  drawn.set(key, deps);
  paint();
}

function draw(): void {
  const c = controls(state);
  VIEWS.forEach((v, i) => {
    const selected = v === state.view;
    const tab = el.tabs[i];
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    tab.disabled = !c.tabs;
    el.panels[i].hidden = !selected;
  });

  el.status.textContent = state.pending ? state.pending.label : state.status;
  el.status.classList.toggle('busy', state.pending !== null || state.notices.sending);
  if (!state.pending && state.notices.sending) el.status.textContent = '正在发送慰问通知…';
  once('error', [state.error], () => {
    el.error.hidden = state.error === null;
    if (state.error) fill(el.error, ...errorContent(state.error, selectRow));
  });

  once('calendar', [state.calendar.preview], () => drawCalendarPreview(el.calendarBody, state.calendar.preview, selectRow));
  once('calendarApplied', [state.calendar.applied], () => drawCalendarResult(el.calendarResult, state.calendar.applied, selectRow));
  el.calendarApply.disabled = !c.calendarApply;
  el.calendarPreview.disabled = !c.calendarPreview;

  const n = state.notices;
  once('campaigns', [n.campaigns, n.selectedId], () => drawCampaignOptions(el.campaign, n.campaigns, n.selectedId));
  el.campaign.disabled = !c.campaignSelect;
  el.noticePreview.disabled = !c.noticePreview;
  once('notice', [n.preview], () => drawNoticePreview(el.noticeBody, el.noticePeople, n.preview, selectRow));
  once('mail', [n.preview, n.mailIndex], () => drawMail(el.mail, n.preview?.mails ?? [], n.mailIndex));
  el.mailPrevious.disabled = !c.mailPrevious;
  el.mailNext.disabled = !c.mailNext;
  el.send.textContent = sendButtonText(n.preview);
  el.send.disabled = !c.send;
  el.sendTest.disabled = !c.sendTest;
  el.sendConfirm.hidden = !n.confirming;
  if (n.confirming && n.preview) el.sendConfirmText.textContent = sendConfirmText(n.preview);
  el.sendConfirmYes.disabled = !c.confirmSend;
  el.sendConfirmNo.disabled = !c.cancelSend;
  drawProgress(el.progress, n.progress, n.sending);

  once('aid', [state.aid.check], () => drawAidCheck(el.aidBody, state.aid.check, selectRow));
  el.aidCheck.disabled = !c.aidCheck;

  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('button.row-link:not([data-member])'))) b.disabled = !c.rowLinks;
  if (state.view === 'pickup') pickupShown();
}

function showView(view: ViewName, focusTab: boolean): void {
  dispatch({ type: 'showView', view });
  if (focusTab) el.tabs[VIEWS.indexOf(state.view)].focus();
}

// Tabs follow the WAI-ARIA tabs pattern: arrows, Home and End move between them.
el.tabs.forEach((tab, i) => {
  tab.addEventListener('click', () => showView(VIEWS[i], false));
  tab.addEventListener('keydown', (e) => {
    const last = VIEWS.length - 1;
    const target = e.key === 'ArrowRight' ? (i === last ? 0 : i + 1)
      : e.key === 'ArrowLeft' ? (i === 0 ? last : i - 1)
        : e.key === 'Home' ? 0 : e.key === 'End' ? last : -1;
    if (target < 0) return;
    e.preventDefault();
    showView(VIEWS[target], true);
  });
});

el.calendarPreview.addEventListener('click', () => void call('sidebarCalendarPreview', [], el.calendarPreview));
el.calendarApply.addEventListener('click', () => {
  const token = state.calendar.preview?.planToken;
  if (token !== undefined) void call('sidebarCalendarApply', [token], el.calendarApply);
});
el.campaign.addEventListener('change', () => dispatch({ type: 'selectCampaign', id: el.campaign.value }));
el.noticePreview.addEventListener('click', () => {
  if (state.notices.selectedId) void call('sidebarNoticePreview', [state.notices.selectedId], el.noticePreview);
});
el.mailPrevious.addEventListener('click', () => dispatch({ type: 'showMail', index: state.notices.mailIndex - 1 }));
el.mailNext.addEventListener('click', () => dispatch({ type: 'showMail', index: state.notices.mailIndex + 1 }));
el.sendTest.addEventListener('click', () => {
  if (state.notices.selectedId) void call('sidebarSendTest', [state.notices.selectedId], el.sendTest);
});
el.send.addEventListener('click', () => {
  dispatch({ type: 'askSend' });
  // The safe answer gets the focus: pressing Enter twice must not send.
  if (state.notices.confirming) el.sendConfirmNo.focus();
});
el.sendConfirmNo.addEventListener('click', () => {
  dispatch({ type: 'cancelSend' });
  el.send.focus();
});
el.sendConfirmYes.addEventListener('click', () => {
  if (state.notices.selectedId) void call('sidebarSend', [state.notices.selectedId], el.send);
});
el.aidCheck.addEventListener('click', () => void call('sidebarAidCheck', [], el.aidCheck));

draw();
schedule();
