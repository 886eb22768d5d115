import type { SidebarEvent, SidebarState } from '../../src/ui/sidebarState';
import { autoCall, initialState, isViewName, reduce, shouldPoll } from '../../src/ui/sidebarState';
import { fixtureData } from '../support/sidebarFixtures';

function run(state: SidebarState, ...events: SidebarEvent[]): SidebarState {
  return events.reduce(reduce, state);
}

const campaigns = fixtureData('campaigns');
const preview = fixtureData('noticePreview');
const progress = fixtureData('sendProgress');
const done = fixtureData('sendDone');

function noticesReady(): SidebarState {
  return run(initialState('notices'),
    { type: 'callStarted', fn: 'sidebarCampaigns', args: [] },
    { type: 'callSucceeded', fn: 'sidebarCampaigns', data: campaigns },
    { type: 'callStarted', fn: 'sidebarNoticePreview', args: ['2023-端午'] },
    { type: 'callSucceeded', fn: 'sidebarNoticePreview', data: preview });
}

describe('the sidebar state', () => {
  it('opens on the view the menu asked for and loads its preview by itself', () => {
    const s = initialState('calendar');
    expect(s.view).toBe('calendar');
    expect(autoCall(s)).toEqual({ fn: 'sidebarCalendarPreview', args: [] });
    expect(autoCall(initialState('notices'))).toEqual({ fn: 'sidebarCampaigns', args: [] });
    // 核算 writes the owned columns: it waits for the clerk's click.
    expect(autoCall(initialState('aid'))).toBeNull();
    expect(isViewName('aid')).toBe(true);
    expect(isViewName('settings')).toBe(false);
  });

  it('shows what it is waiting for, and ignores a second call while one is in flight', () => {
    const started = reduce(initialState(), { type: 'callStarted', fn: 'sidebarCalendarPreview', args: [] });
    expect(started.pending).toEqual({ fn: 'sidebarCalendarPreview', label: '正在读取工作计划和日历…' });
    expect(autoCall(started)).toBeNull();
    expect(reduce(started, { type: 'callStarted', fn: 'sidebarCalendarApply', args: ['x'] })).toBe(started);
    // Nor can the clerk switch views or campaigns underneath a running call.
    expect(reduce(started, { type: 'showView', view: 'aid' })).toBe(started);
  });

  it('keeps a failure on screen and does not retry by itself', () => {
    const error = { kind: 'failed' as const, message: '与服务器的连接中断了', problems: [] };
    const s = run(initialState(),
      { type: 'callStarted', fn: 'sidebarCalendarPreview', args: [] },
      { type: 'callFailed', fn: 'sidebarCalendarPreview', error });
    expect(s.pending).toBeNull();
    expect(s.error).toEqual(error);
    expect(autoCall(s)).toBeNull();
    // The clerk's next click clears it.
    expect(reduce(s, { type: 'callStarted', fn: 'sidebarCalendarPreview', args: [] }).error).toBeNull();
  });

  it('a calendar apply replaces nothing of the preview but marks it applied', () => {
    const s = run(initialState(),
      { type: 'callStarted', fn: 'sidebarCalendarPreview', args: [] },
      { type: 'callSucceeded', fn: 'sidebarCalendarPreview', data: fixtureData('calendarPreview') },
      { type: 'callStarted', fn: 'sidebarCalendarApply', args: [fixtureData('calendarPreview').planToken] },
      { type: 'callSucceeded', fn: 'sidebarCalendarApply', data: fixtureData('calendarApply') });
    expect(s.calendar.preview?.counts.update).toBe(1);
    expect(s.calendar.applied?.counts.updated).toBe(1);
    expect(s.status).toBe('已同步到日历。');
  });

  it('picks the campaign on the selected sheet row, then previews it by itself', () => {
    const s = run(initialState('notices'),
      { type: 'callStarted', fn: 'sidebarCampaigns', args: [] },
      { type: 'callSucceeded', fn: 'sidebarCampaigns', data: campaigns });
    expect(s.notices.selectedId).toBe('2023-端午');
    expect(autoCall(s)).toEqual({ fn: 'sidebarNoticePreview', args: ['2023-端午'] });
  });

  it('without a selected row it picks the first campaign; with none there is nothing to preview', () => {
    const first = run(initialState('notices'), { type: 'callSucceeded', fn: 'sidebarCampaigns', data: { campaigns: campaigns.campaigns, selectedId: null } });
    expect(first.notices.selectedId).toBe('2023-三八');
    const none = run(initialState('notices'), { type: 'callSucceeded', fn: 'sidebarCampaigns', data: { campaigns: [], selectedId: null } });
    expect(none.notices.selectedId).toBeNull();
    expect(autoCall(none)).toBeNull();
  });

  it('choosing another campaign drops the old preview and its confirmation', () => {
    const asked = reduce(noticesReady(), { type: 'askSend' });
    expect(asked.notices.confirming).toBe(true);
    const other = reduce(asked, { type: 'selectCampaign', id: '2023-中秋' });
    expect(other.notices).toMatchObject({ selectedId: '2023-中秋', preview: null, confirming: false, mailIndex: 0 });
    expect(autoCall(other)).toEqual({ fn: 'sidebarNoticePreview', args: ['2023-中秋'] });
  });

  it('pages through the rendered mails without leaving the list', () => {
    let s = noticesReady();
    s = reduce(s, { type: 'showMail', index: 2 });
    expect(s.notices.mailIndex).toBe(2);
    expect(reduce(s, { type: 'showMail', index: 3 })).toBe(s);
    expect(reduce(s, { type: 'showMail', index: -1 })).toBe(s);
  });

  it('asks before sending, and only when the preview allows sending', () => {
    const s = noticesReady();
    expect(reduce(s, { type: 'askSend' }).notices.confirming).toBe(true);
    expect(reduce(reduce(s, { type: 'askSend' }), { type: 'cancelSend' }).notices.confirming).toBe(false);
    const blocked = run(initialState('notices'),
      { type: 'callSucceeded', fn: 'sidebarCampaigns', data: campaigns },
      { type: 'callSucceeded', fn: 'sidebarNoticePreview', data: { ...preview, canSend: false, cannotSendReason: '模板中有未知占位符' } });
    expect(reduce(blocked, { type: 'askSend' })).toBe(blocked);
  });

  it('polls progress while sending, and a late poll never overwrites the final result', () => {
    let s = reduce(noticesReady(), { type: 'askSend' });
    s = reduce(s, { type: 'callStarted', fn: 'sidebarSend', args: ['2023-端午'] });
    expect(s.notices).toMatchObject({ sending: true, confirming: false, progress: null });
    expect(shouldPoll(s)).toBe(true);
    s = reduce(s, { type: 'progress', progress });
    expect(s.notices.progress?.sent).toBe(20);
    // Progress of some other campaign is not this one's.
    expect(reduce(s, { type: 'progress', progress: { ...progress, campaignId: '2023-中秋' } })).toBe(s);
    s = reduce(s, { type: 'callSucceeded', fn: 'sidebarSend', data: done });
    expect(s.notices).toMatchObject({ sending: false, progress: done });
    expect(shouldPoll(s)).toBe(false);
    expect(reduce(s, { type: 'progress', progress })).toBe(s);
    // The counts and the campaign's state changed: both load afresh by themselves, same campaign.
    expect(s.notices.preview).toBeNull();
    expect(autoCall(s)).toEqual({ fn: 'sidebarCampaigns', args: [] });
    s = reduce(s, { type: 'callSucceeded', fn: 'sidebarCampaigns', data: { ...campaigns, selectedId: null } });
    expect(autoCall(s)).toEqual({ fn: 'sidebarNoticePreview', args: ['2023-端午'] });
  });

  it('a failed send stops the polling and says why', () => {
    let s = reduce(noticesReady(), { type: 'callStarted', fn: 'sidebarSend', args: ['2023-端午'] });
    s = reduce(s, { type: 'callFailed', fn: 'sidebarSend', error: { kind: 'locked', message: '另一项操作正在运行，请等它结束后再试。', problems: [] } });
    expect(shouldPoll(s)).toBe(false);
    expect(s.error?.kind).toBe('locked');
  });

  it('selecting a row says which row the sheet now shows', () => {
    const s = reduce(initialState('aid'), { type: 'callSucceeded', fn: 'sidebarSelectRow', data: { sheet: '帮扶台账', row: 14 } });
    expect(s.status).toBe('已在工作表中选中 帮扶台账 第 14 行。');
  });
});
