import type { ActionResult } from '../../src/kernel/contracts/actionResult';
import { LOCKED_MESSAGE } from '../../src/kernel/services/services';
import { SharedMemoryLock } from '../../runner/services/lock';
import type { OfflineMailApp } from '../../runner/services/mail';
import { unwrap } from '../../runner/services/offline';
import { VirtualClock } from '../../runner/services/virtualClock';
import { StateStore } from '../../runner/stateFile';
import { type BundleRun, answering, runBundle, sampleWorkbook } from '../support/offlineBundle';
import { setSetting } from '../support/noticeWorkbook';
import { workbookState } from '../support/crashSweep';

// Two clerks click at once: while one execution holds the document lock, every writing action of
// another is refused at once with one clear sentence, and writes nothing.
type Attempt = (run: BundleRun) => string;
const api = (fn: string, ...args: unknown[]): Attempt => (run) => run.call<ActionResult>(fn, ...args).message;
const sidebar = (fn: string, ...args: unknown[]): Attempt => (run) => {
  const reply = run.call<{ ok: boolean; error?: { kind: string; message: string } }>(fn, ...args);
  return reply.ok ? 'ok' : `${reply.error!.kind} ${reply.error!.message}`;
};
const menu = (fn: string): Attempt => (run) => {
  run.call(fn);
  return run.services.ui.last()?.message ?? '';
};

const WRITING_ACTIONS: [string, Attempt][] = [
  ['初始化工作簿', api('apiInitWorkbook', { sample: true })],
  ['初始化工作簿 (menu)', menu('menuInitWorkbook')],
  ['生成节日慰问活动', api('apiGenerateFestivals', { year: 2024 })],
  ['导入名册', api('apiImport', { into: '会员名册', rows: [['工号', '姓名', '会员状态'], ['009001', '新同事', '在册']], apply: true })],
  ['核算帮扶金', api('apiCheckAid')],
  ['核算帮扶金 (menu)', menu('menuCheckAid')],
  ['保护敏感工作表', menu('menuProtectSheets')],
  ['同步工作计划到日历', api('apiSyncCalendar', { createCalendar: true, confirmDeletes: true })],
  ['审核通过', api('apiApproveCampaign', { campaignId: '2023-端午' })],
  ['发送慰问通知', api('apiSendNotices', { campaignId: '2023-端午' })],
  ['the hourly automatic sending', api('autoSendNotices')],
  ['工作面板: 核算帮扶金', sidebar('sidebarAidCheck')],
  ['工作面板: 发送', sidebar('sidebarSend', '2023-端午')],
];

describe('a second run while the document lock is held', () => {
  it.each(WRITING_ACTIONS)('%s is refused and writes nothing', (_name, attempt) => {
    const workbook = sampleWorkbook();
    setSetting(workbook, '管理员', 'clerk@example.edu.cn');
    const before = workbookState(workbook);
    const memoryLock = new SharedMemoryLock();
    memoryLock.holders.set('document', 'the-other-clerks-execution');
    const run = runBundle({ workbook, user: 'clerk@example.edu.cn', responder: answering('YES'), services: { memoryLock } });
    expect(attempt(run)).toContain(LOCKED_MESSAGE);
    expect(workbookState(workbook)).toEqual(before);
    expect(memoryLock.holders.get('document')).toBe('the-other-clerks-execution');
  });
});

describe('between the batches of a long send (the in-progress marker)', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2023-06-09T02:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());

  /** A send of 2023-端午 that ran out of time after its first mail, with its continuation scheduled. */
  function stoppedSend() {
    const workbook = sampleWorkbook();
    const store = new StateStore(null);
    // The first mail takes the whole 5-minute budget of Apps Script time.
    const clock = new VirtualClock(Date.now());
    const run = runBundle({ workbook, services: { clock, store, mail: { afterSend: () => clock.advance(5 * 60_000) } } });
    const first = run.call<ActionResult<{ stoppedBy: string }>>('apiSendNotices', { campaignId: '2023-端午' });
    expect(first.data!.stoppedBy).toBe('time');
    expect(store.state.triggers.map((t) => [t.handler, t.kind])).toEqual([['continueSendingNotices', 'once'], ['continueSendingNotices', 'every']]);
    return { workbook, store };
  }

  it('a clerk sending another campaign is refused, so the continuation is not stranded', () => {
    const { workbook, store } = stoppedSend();
    const before = workbookState(workbook);
    const other = runBundle({ workbook, services: { store } });
    const result = other.call<ActionResult>('apiSendNotices', { campaignId: '2023-中秋' });
    expect(result.status).toBe('refused');
    expect(result.message).toContain('活动“2023-端午”正在分批发送');
    expect(unwrap<OfflineMailApp>(other.services.globals.MailApp)!.sent).toEqual([]);
    expect(workbookState(workbook)).toEqual(before);
    const resumed = runBundle({ workbook, services: { store } }).call<ActionResult<{ stoppedBy: string }>>('continueSendingNotices');
    expect(resumed.data!.stoppedBy).toBe('done');
  });

  it('a clerk sending the same campaign again finishes it, and the continuation then has nothing to do', () => {
    const { workbook, store } = stoppedSend();
    const byHand = runBundle({ workbook, services: { store } }).call<ActionResult<{ stoppedBy: string }>>('apiSendNotices', { campaignId: '2023-端午' });
    expect(byHand.data!.stoppedBy).toBe('done');
    const resumed = runBundle({ workbook, services: { store } }).call<ActionResult>('continueSendingNotices');
    expect(resumed.message).toBe('没有需要继续的发送。');
  });
});
