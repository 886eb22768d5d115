import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../runner/cli';
import { StateStore } from '../../runner/stateFile';
import { SendLogRecovery, unsavedPath } from '../../runner/unsavedChanges';
import { MemoryWorkbook } from '../../runner/workbook';
import { loadXlsx, saveXlsx } from '../../runner/xlsxStore';
import { encodeJournal, JOURNAL_PROPERTY } from '../../src/kernel/journal/sendJournal';
import { campaignWorkbook, setSetting } from '../support/noticeWorkbook';

const HEADER = ['时间', '活动ID', '工号', '姓名', '邮箱', '状态', '说明', '操作人'];

describe('what a killed run leaves for the next one', () => {
  const setup = () => {
    const path = join(mkdtempSync(join(tmpdir(), 'uniondesk-unsaved-')), 'w.xlsx');
    const store = new StateStore(null);
    return { path, store };
  };

  it('flushed 发送记录 rows are appended to the workbook as it is now, once, and no other sheet is touched', () => {
    const { path, store } = setup();
    const running = MemoryWorkbook.create({ 发送记录: [HEADER], 设置: [['项目', '值'], ['单位名称', '工会']] });
    const recovery = new SendLogRecovery(running, path, store);
    const sentAt = running.date('2023-06-09', '09:00:01');
    running.sheet('发送记录')!.values.set(2, 1, sentAt);
    [['2023-端午', '001000', '王秀英', 'a@x.cn', '已发送', '', 'clerk']].flat().forEach((v, i) => running.sheet('发送记录')!.values.set(2, i + 2, v));
    recovery.flushed();

    // Meanwhile the clerk edited the file: a new 单位名称, and 发送记录 columns in her own order.
    const now = MemoryWorkbook.create({ 发送记录: [['工号', '状态', '时间', '活动ID', '备注']], 设置: [['项目', '值'], ['单位名称', '新名称']] });
    const replayed = new SendLogRecovery(now, path, store).replay();
    expect(replayed?.lines).toEqual(['2023-端午 001000 王秀英 已发送']);
    expect(now.sheet('设置')!.dump()).toEqual([['项目', '值'], ['单位名称', '新名称']]);
    expect(now.sheet('发送记录')!.dump()).toEqual([
      ['工号', '状态', '时间', '活动ID', '备注', '姓名', '邮箱', '操作人'],
      ['001000', '已发送', sentAt, '2023-端午', '', '王秀英', 'a@x.cn', 'clerk'],
    ]);
    expect(now.dirty).toBe(true);
    // The same leftovers met again (the rerun was killed before saving too): nothing twice.
    expect(new SendLogRecovery(now, path, store).replay()).toBeNull();
    expect(now.sheet('发送记录')!.lastRow()).toBe(2);
  });

  it('journal entries (发送中 before a mail, 已发送 after) are replayed too, and cleared once the workbook is saved', () => {
    const { path, store } = setup();
    const journal = encodeJournal([
      { time: '2023-06-09 09:00:05', campaignId: '2023-端午', memberId: '001017', name: '李勇', email: 'l@x.cn', state: '已发送', note: '', operator: 'clerk' },
      { time: '2023-06-09 09:00:06', campaignId: '2023-端午', memberId: '001018', name: '张三', email: 'z@x.cn', state: '发送中', note: '', operator: 'clerk' },
    ]);
    store.state.documentProperties[JOURNAL_PROPERTY] = journal;
    const wb = MemoryWorkbook.create({ 发送记录: [HEADER] });
    const recovery = new SendLogRecovery(wb, path, store);
    expect(recovery.replay()?.lines).toEqual(['2023-端午 001017 李勇 已发送', '2023-端午 001018 张三 发送中']);
    expect(wb.sheet('发送记录')!.dump()[2]).toEqual([wb.date('2023-06-09', '09:00:06'), '2023-端午', '001018', '张三', 'z@x.cn', '发送中', '', 'clerk']);
    recovery.saved();
    expect(store.state.documentProperties[JOURNAL_PROPERTY]).toBeUndefined();
    expect(existsSync(unsavedPath(path))).toBe(false);
  });

  it('journal rows replayed by a run that is itself killed before its first flush survive into the third run', () => {
    const { path, store } = setup();
    const sent = { time: '2023-06-09 09:00:05', campaignId: '2023-端午', memberId: '001017', name: '李勇', email: 'l@x.cn', state: '已发送' as const, note: '', operator: 'clerk' };
    store.state.documentProperties[JOURNAL_PROPERTY] = encodeJournal([sent]);
    // Run 2 replays the journal into its copy of 发送记录, then its bundle starts a journal of its
    // own (the replayed row is in the sheet now) and is killed before it flushes or saves.
    new SendLogRecovery(MemoryWorkbook.create({ 发送记录: [HEADER] }), path, store).replay();
    store.state.documentProperties[JOURNAL_PROPERTY] = encodeJournal([{ ...sent, time: '2023-06-09 09:10:00', memberId: '001018', name: '张三', email: 'z@x.cn' }]);
    // Run 3 opens the file as it is on disk: 李勇's notice must still be known as sent.
    const third = MemoryWorkbook.create({ 发送记录: [HEADER] });
    expect(new SendLogRecovery(third, path, store).replay()?.lines).toEqual(['2023-端午 001017 李勇 已发送', '2023-端午 001018 张三 已发送']);
  });

  it('a recovery file left by an earlier version gives back only its 发送记录 rows', () => {
    const { path, store } = setup();
    writeFileSync(unsavedPath(path), JSON.stringify({ version: 1, sheets: [
      { name: '设置', maxRows: 2, maxColumns: 2, values: [[1, 1, '项目'], [1, 2, '值'], [2, 1, '单位名称'], [2, 2, '旧名称']], formulas: [] },
      { name: '发送记录', maxRows: 2, maxColumns: 3, values: [[1, 1, '活动ID'], [1, 2, '工号'], [1, 3, '状态'], [2, 1, 'A'], [2, 2, '001000'], [2, 3, '已发送']], formulas: [] },
    ] }));
    const wb = MemoryWorkbook.create({ 发送记录: [['活动ID', '工号', '状态']], 设置: [['项目', '值'], ['单位名称', '新名称']] });
    expect(new SendLogRecovery(wb, path, store).replay()?.lines).toEqual(['A 001000 已发送']);
    expect(wb.sheet('设置')!.dump()[1]).toEqual(['单位名称', '新名称']);
  });
});

/** Edits the workbook as another program would (ExcelJS here, standing for Excel or WPS). */
async function clerkEdits(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const find = (sheet: ExcelJS.Worksheet, header: string) => (sheet.getRow(1).values as unknown[]).indexOf(header);
  const roster = book.getWorksheet('会员名册')!;
  roster.eachRow((row) => {
    if (row.getCell(find(roster, '工号')).value === 'T0002') row.getCell(find(roster, '邮箱')).value = 'new.mail@example.edu.cn';
  });
  const added = roster.getRow(roster.rowCount + 1);
  added.getCell(find(roster, '工号')).value = 'T9999';
  added.getCell(find(roster, '姓名')).value = '新会员';
  const ledger = book.getWorksheet('帮扶台账')!;
  ledger.getRow(2).getCell(find(ledger, '自付金额')).value = 12345.67;
  const settings = book.getWorksheet('设置')!;
  settings.eachRow((row) => {
    if (row.getCell(1).value === '单位名称') row.getCell(2).value = '改过名的工会';
  });
  await book.xlsx.writeFile(path);
}

describe('a send killed halfway (kill -9), then the clerk edits the workbook, then check-aid', () => {
  it('keeps all four edits and has every flushed or journalled 发送记录 row exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-kill-'));
    const path = join(dir, '工会.xlsx');
    const wb = campaignWorkbook(160);
    setSetting(wb, '每日发信上限', '');
    await saveXlsx(wb, path);
    const outbox = join(dir, 'outbox');
    const emls = () => (existsSync(outbox) ? readdirSync(outbox, { recursive: true }).map(String).filter((f) => f.endsWith('.eml')) : []);
    const cli = join(__dirname, '..', '..', 'bin', 'uniondesk.js');

    const child = spawn(process.execPath, [cli, 'notices', path, '--campaign', '测试-20', '--send', '--as', 'clerk@example.edu.cn'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Kill it after the first batch of 50 has been flushed, while it is still sending.
    while (emls().length < 60) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    await exited;
    const mailed = emls().length;
    expect(mailed).toBeLessThan(160);
    expect(existsSync(unsavedPath(path))).toBe(true);

    await clerkEdits(path);
    const lines: string[] = [];
    await main(['check-aid', path], (l) => lines.push(l));
    expect(lines.join('\n')).toContain('上次运行在保存工作簿之前中断。已把它留下的');
    expect(lines.join('\n')).toMatch(/测试-20 T0001 会员1 已发送/);

    const after = (await loadXlsx(path)).workbook;
    const roster = after.sheet('会员名册')!.dump();
    expect(roster.find((r) => r[roster[0].indexOf('工号')] === 'T0002')![roster[0].indexOf('邮箱')]).toBe('new.mail@example.edu.cn');
    expect(roster.some((r) => r[roster[0].indexOf('工号')] === 'T9999')).toBe(true);
    const ledger = after.sheet('帮扶台账')!.dump();
    expect(ledger[1][ledger[0].indexOf('自付金额')]).toBe(12345.67);
    expect(after.sheet('设置')!.dump().find((r) => r[0] === '单位名称')![1]).toBe('改过名的工会');

    const log = after.sheet('发送记录')!.dump().slice(1);
    const sent = log.filter((r) => r[5] === '已发送').map((r) => String(r[2]));
    expect(sent.length).toBe(new Set(sent).size);
    expect(sent.length).toBeGreaterThanOrEqual(mailed - 1);
    const keys = log.map((r) => JSON.stringify([r[0], r[2], r[5]]));
    expect(keys.length).toBe(new Set(keys).size);
    expect(existsSync(unsavedPath(path))).toBe(false);

    // Nothing is left to replay: a second check-aid says nothing about it and adds no rows.
    const again: string[] = [];
    await main(['check-aid', path], (l) => again.push(l));
    expect(again.join('\n')).not.toContain('上次运行在保存工作簿之前中断');
    expect((await loadXlsx(path)).workbook.sheet('发送记录')!.dump().length).toBe(log.length + 1);
  });
});
