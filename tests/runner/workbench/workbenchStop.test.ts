// Ctrl-C while a send runs: the clerk closes the workbench in the middle of mailing 56 notices.
// The send in flight finishes, the workbook is saved with every 发送记录 row, the page gets its
// answer, and only then does the process end (exit 0, lock released).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { SMTPServer } from 'smtp-server';
import { startWorkbenchProcess } from './workbenchProcess';

function post(port: number, token: string, path: string, args: unknown[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/json', 'x-uniondesk-token': token } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(args));
  });
}

describe('npx uniondesk open: Ctrl-C during a send', () => {
  it('finishes the send and saves the workbook before it exits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uniondesk-workbench-stop-'));
    const path = join(dir, '工会.xlsx');
    execFileSync(process.execPath, [join(__dirname, '..', '..', '..', 'bin', 'uniondesk.js'), 'init', path, '--sample']);
    const received: string[] = [];
    const smtp = new SMTPServer({
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        stream.resume();
        // Slow enough that Ctrl-C lands mid-send.
        stream.on('end', () => setTimeout(() => {
          received.push(session.envelope.rcptTo[0].address);
          callback();
        }, 40));
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    try {
      const wb = await startWorkbenchProcess([path, '--smtp', `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`, '--as', 'clerk@example.edu.cn']);
      const sent = post(wb.port, wb.token, '/run/sidebarSend', ['2023-端午']);
      while (received.length < 3) await new Promise((r) => setTimeout(r, 50));
      const exited = wb.stop();
      const answer = await sent;
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: true, data: { phase: 'done', sent: 56 } });
      expect(await exited).toBe(0);
      expect(wb.output()).toContain('工作台已关闭。');
      expect(received).toHaveLength(56);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path);
      let logged = 0;
      book.getWorksheet('发送记录')!.eachRow((row) => {
        if (row.values && (row.values as unknown[]).includes('已发送')) logged++;
      });
      expect(logged).toBe(56);
      expect(existsSync(join(dir, '工会.lock'))).toBe(false);
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
