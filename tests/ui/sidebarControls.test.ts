import { type Controls, controls } from '../../src/ui/sidebarControls';
import { type SidebarEvent, type SidebarState, initialState, reduce } from '../../src/ui/sidebarState';
import { fixtureData } from '../support/sidebarFixtures';

function run(state: SidebarState, ...events: SidebarEvent[]): SidebarState {
  return events.reduce(reduce, state);
}

const nothing: Controls = {
  tabs: false,
  calendarPreview: false,
  calendarApply: false,
  campaignSelect: false,
  noticePreview: false,
  mailPrevious: false,
  mailNext: false,
  sendTest: false,
  send: false,
  confirmSend: false,
  cancelSend: false,
  aidCheck: false,
  rowLinks: false,
};

const calendarPreview = fixtureData('calendarPreview');
const noticePreview = fixtureData('noticePreview');

function noticesReady(): SidebarState {
  return run(initialState('notices'),
    { type: 'callSucceeded', fn: 'sidebarCampaigns', data: fixtureData('campaigns') },
    { type: 'callSucceeded', fn: 'sidebarNoticePreview', data: noticePreview });
}

describe('what the clerk can press', () => {
  it('nothing at all while any call is in flight', () => {
    const loaded = run(noticesReady(), { type: 'callSucceeded', fn: 'sidebarCalendarPreview', data: calendarPreview });
    for (const fn of ['sidebarCalendarApply', 'sidebarNoticePreview', 'sidebarSendTest', 'sidebarAidCheck', 'sidebarSelectRow'] as const) {
      const busy = reduce(loaded, { type: 'callStarted', fn, args: [] as never });
      expect(controls(busy)).toEqual(nothing);
    }
  });

  it('nothing at all while a send runs, even between progress polls', () => {
    let s = run(noticesReady(), { type: 'askSend' }, { type: 'callStarted', fn: 'sidebarSend', args: ['2023-端午'] });
    s = reduce(s, { type: 'progress', progress: fixtureData('sendProgress') });
    expect(controls(s)).toEqual(nothing);
  });

  it('确认同步 only with a previewed change that has not been applied yet', () => {
    const empty = initialState('calendar');
    expect(controls(empty).calendarApply).toBe(false);
    expect(controls(empty).calendarPreview).toBe(true);
    const previewed = reduce(empty, { type: 'callSucceeded', fn: 'sidebarCalendarPreview', data: calendarPreview });
    expect(controls(previewed).calendarApply).toBe(true);
    const applied = reduce(previewed, { type: 'callSucceeded', fn: 'sidebarCalendarApply', data: fixtureData('calendarApply') });
    expect(controls(applied).calendarApply).toBe(false);
    const inStep = reduce(empty, { type: 'callSucceeded', fn: 'sidebarCalendarPreview', data: { ...calendarPreview, counts: { create: 0, update: 0, delete: 0, unchanged: 35 } } });
    expect(controls(inStep).calendarApply).toBe(false);
  });

  it('发送 asks first; only the confirmation sends', () => {
    const s = noticesReady();
    expect(controls(s)).toMatchObject({ send: true, sendTest: true, confirmSend: false, mailPrevious: false, mailNext: true });
    const asked = reduce(s, { type: 'askSend' });
    expect(controls(asked)).toMatchObject({ send: false, sendTest: false, campaignSelect: false, confirmSend: true, cancelSend: true });
  });

  it('a preview that cannot be sent offers neither 发送 nor its confirmation', () => {
    const s = run(noticesReady(), { type: 'callSucceeded', fn: 'sidebarNoticePreview', data: { ...noticePreview, canSend: false, cannotSendReason: '模板“端午”中的占位符 {{职称}} 没有对应的列' } });
    expect(controls(s)).toMatchObject({ send: false, confirmSend: false });
    const finished = run(noticesReady(), { type: 'callSucceeded', fn: 'sidebarNoticePreview', data: { ...noticePreview, canSend: false, campaign: { ...noticePreview.campaign, state: '已完成' } } });
    expect(controls(finished).sendTest).toBe(false);
  });

  it('the last mail has no 下一封', () => {
    const s = reduce(noticesReady(), { type: 'showMail', index: noticePreview.mails.length - 1 });
    expect(controls(s)).toMatchObject({ mailPrevious: true, mailNext: false });
  });
});
