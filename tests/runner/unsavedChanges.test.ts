import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearUnsaved, recoverUnsaved, unsavedPath, writeUnsaved } from '../../runner/unsavedChanges';
import { MemoryWorkbook } from '../../runner/workbook';

describe('writes flushed before a run was killed', () => {
  it('are put back over the workbook as last saved, dates and formulas included', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'uniondesk-unsaved-')), 'w.xlsx');
    const saved = MemoryWorkbook.create({ 发送记录: [['时间', '工号', '状态']], 设置: [['项目', '值'], ['单位名称', '工会']] });
    const running = MemoryWorkbook.create({ 发送记录: [['时间', '工号', '状态'], [saved.date('2023-06-09', '09:00:01'), '001000', '已发送'], ['', '001017', '=A1']] });
    writeUnsaved(running, path);
    expect(recoverUnsaved(saved, path)).toBe(true);
    expect(saved.sheet('发送记录')!.dump()).toEqual(running.sheet('发送记录')!.dump());
    expect(saved.sheet('发送记录')!.formulas.get(3, 3)).toBe('=A1');
    expect(saved.sheet('设置')!.dump()).toEqual([['项目', '值'], ['单位名称', '工会']]);
    expect(saved.dirty).toBe(true);
    clearUnsaved(path);
    expect(existsSync(unsavedPath(path))).toBe(false);
    expect(recoverUnsaved(MemoryWorkbook.create(), path)).toBe(false);
  });
});

describe('a send killed halfway (kill -9, power cut)', () => {
  it('loses none of the 发送记录 it flushed: the rerun sends everyone else exactly once', async () => {
    const { spawn } = await import('node:child_process');
    const { readdirSync } = await import('node:fs');
    const { saveXlsx, loadXlsx } = await import('../../runner/xlsxStore');
    const { campaignWorkbook, setSetting } = await import('../support/noticeWorkbook');
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-kill-'));
    const path = join(dir, '工会.xlsx');
    const wb = campaignWorkbook(160);
    setSetting(wb, '每日发信上限', '');
    await saveXlsx(wb, path);
    const outbox = join(dir, 'outbox');
    const emls = () => (existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith('.eml')) : []);
    const cli = join(__dirname, '..', '..', 'bin', 'uniondesk.js');
    const args = [cli, 'notices', path, '--campaign', '测试-20', '--send', '--as', 'clerk@example.edu.cn'];

    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Kill it after two batches of 50 have been flushed, while it is still sending.
    while (emls().length < 110) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    await exited;
    const before = emls().length;
    expect(before).toBeLessThan(160);
    expect(existsSync(unsavedPath(path))).toBe(true);

    const { main } = await import('../../runner/cli');
    const lines: string[] = [];
    expect(await main(args.slice(1), (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toContain('上次运行在保存工作簿之前中断');
    const all = emls().map((f) => f.replace(/^\d+-/, ''));
    const saved = (await loadXlsx(path)).workbook.sheet('发送记录')!.dump();
    const latest = new Map(saved.slice(1).map((r) => [String(r[2]), String(r[5])]));
    const inFlight = [...latest].filter(([, s]) => s === '发送中').map(([id]) => id);
    expect(inFlight.length).toBeLessThanOrEqual(1);
    for (let i = 1; i <= 160; i++) {
      const id = `T${String(i).padStart(4, '0')}`;
      const n = all.filter((f) => f === `m${i}@example.edu.cn.eml`).length;
      if (inFlight.includes(id)) expect(n).toBeLessThanOrEqual(1);
      else {
        expect(n).toBe(1);
        expect(latest.get(id)).toBe('已发送');
      }
    }
    expect(existsSync(unsavedPath(path))).toBe(false);
  });
});
