import type { ActionResult } from '../src/kernel/contracts/actionResult';
import { resultText } from '../src/kernel/contracts/resultText';
import { SHEET } from '../src/kernel/sheets/schema';
import { type ActionName, BAD_WORKBOOKS, bigRosterWorkbook } from './fixtures/badWorkbooks';
import { workbookState } from './support/crashSweep';
import { type BundleRun, answering, runBundle } from './support/offlineBundle';
import { setSetting } from './support/noticeWorkbook';
import type { MemoryWorkbook } from '../runner/workbook';

// Every action on every workbook of the bad-input corpus ends with a clear Chinese message that
// names the sheet (and row and column where a cell is at fault): never an exception, never a stack
// trace or a JavaScript word, and when it does not finish, nothing written at all.

const ACTIONS: Record<ActionName, (run: BundleRun) => ActionResult> = {
  init: (run) => run.call('apiInitWorkbook', { sample: false }),
  festivals: (run) => run.call('apiGenerateFestivals', { year: 2024 }),
  import: (run) => run.call('apiImport', { into: '会员名册', rows: [['工号', '姓名', '会员状态'], ['009001', '新同事', '在册']], apply: true }),
  checkAid: (run) => run.call('apiCheckAid'),
  sync: (run) => run.call('apiSyncCalendar', { createCalendar: true, confirmDeletes: true }),
  exportIcs: (run) => run.call('apiExportIcs'),
  preview: (run) => run.call('apiPreviewNotices', { campaignId: '2023-端午' }),
  testMail: (run) => run.call('apiSendTestNotice', { campaignId: '2023-端午' }),
  sidebarCampaigns: (run) => {
    const reply = run.call<{ ok: boolean; data?: unknown; error?: { kind: string; message: string } }>('sidebarCampaigns');
    return reply.ok ? { status: 'done', message: '工作面板：活动列表', problems: [] } : { status: 'problems', message: reply.error!.message, problems: [] };
  },
  approve: (run) => run.call('apiApproveCampaign', { campaignId: '2023-端午' }),
  send: (run) => run.call('apiSendNotices', { campaignId: '2023-端午' }),
  protect: (run) => {
    run.call('menuProtectSheets');
    const shown = run.services.ui.shown;
    return { status: shown.length > 1 ? 'done' : 'refused', message: shown.at(-1)?.message ?? '', problems: [] };
  },
};

const NOT_FOR_CLERKS = /\n\s+at |Error:|TypeError|ReferenceError|undefined|NaN|\[object |null|Cannot read|is not a function/;
/** Sheets a problem may name: the workbook's own, 导入区, or the empty workbook's Sheet1. */
const SHEETS: readonly string[] = [...Object.values(SHEET), 'Sheet1'];

function attempt(action: ActionName, wb: MemoryWorkbook): { result: ActionResult; run: BundleRun } {
  if (action === 'protect' && wb.sheet('设置')) setSetting(wb, '管理员', 'clerk@example.edu.cn');
  const run = runBundle({ workbook: wb, user: 'clerk@example.edu.cn', responder: answering('YES') });
  return { result: ACTIONS[action](run), run };
}

const cases = BAD_WORKBOOKS.flatMap((input) => (Object.keys(ACTIONS) as ActionName[]).map((action) => [input.name, action, input] as const));

describe('the bad-input corpus', () => {
  it.each(cases)('%s — %s', (_name, action, input) => {
    const wb = input.build();
    const before = workbookState(wb);
    const { result } = attempt(action, wb);
    const text = resultText(result);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).not.toMatch(NOT_FOR_CLERKS);
    for (const p of result.problems) {
      expect(SHEETS).toContain(p.sheet);
      if (p.row !== undefined) expect(p.row).toBeGreaterThanOrEqual(1);
      expect(p.message).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const where of input.expect?.[action] ?? []) expect(text).toContain(where);
    if (result.status !== 'done') expect(workbookState(wb)).toEqual(before);
  });
});

describe('a 50,000-member roster', () => {
  const big = bigRosterWorkbook();
  const calls = (action: ActionName, wb: MemoryWorkbook) => {
    const { result, run } = attempt(action, wb);
    return { status: result.status, calls: run.services.log.snapshot('spreadsheet') };
  };

  it.each(['checkAid', 'import', 'festivals', 'protect'] as ActionName[])('%s finishes with the same spreadsheet calls as on the 64-member sample', (action) => {
    const small = calls(action, bigRosterWorkbook(0));
    const large = calls(action, big);
    expect(large.status).toBe(small.status);
    expect(large.calls).toEqual(small.calls);
  });
});
