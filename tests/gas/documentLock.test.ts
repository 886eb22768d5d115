import type { ActionResult } from '../../src/actions/actionResult';
import { LOCKED_MESSAGE } from '../../src/gas/documentLock';
import { SharedMemoryLock } from '../../runner/services/lock';
import { type BundleRun, answering, runBundle, sampleWorkbook } from '../support/offlineBundle';
import { setSetting } from '../support/workbookEdits';
import { workbookState } from '../support/crashSweep';

// Two clerks click at once: while one execution holds the document lock, every writing action of
// another is refused at once with one clear sentence, and writes nothing.
type Attempt = (run: BundleRun) => string;
const api = (fn: string, ...args: unknown[]): Attempt => (run) => run.call<ActionResult>(fn, ...args).message;
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
