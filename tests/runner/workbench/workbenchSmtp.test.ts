// The clerk starts the workbench with her mail provider (`open --smtp smtps://账号@…:465`) and the
// 授权码 in UNIONDESK_SMTP_PASSWORD, but the 授权码 is wrong: 发送 in the page stops at the first
// mail with the server's refusal said once, and 发送记录 stays empty so a later send reaches everyone.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadXlsx, saveXlsx } from '../../../runner/xlsxStore';
import { campaignWorkbook, setSetting } from '../../support/noticeWorkbook';
import { startTestSmtp, TEST_CA } from '../../support/smtpServer';
import { startWorkbenchProcess } from './workbenchProcess';

const ACCOUNT = { user: 'union@example.edu.cn', pass: 'zxcvbnmasdfghjkl' };

it('open --smtp: a wrong 授权码 stops the page’s send at the first mail, says so once and records nobody', async () => {
  const book = join(mkdtempSync(join(tmpdir(), 'ud-wb-smtp-')), '工会.xlsx');
  const wb = campaignWorkbook(4);
  setSetting(wb, '每日发信上限', '');
  await saveXlsx(wb, book);
  const server = await startTestSmtp({ secure: true, account: ACCOUNT });
  try {
    const bench = await startWorkbenchProcess([book, '--smtp', `smtps://${ACCOUNT.user}@127.0.0.1:${server.port}`, '--as', 'clerk@example.edu.cn'], {
      UNIONDESK_SMTP_PASSWORD: 'not-the-code', NODE_EXTRA_CA_CERTS: TEST_CA,
    });
    const res = await fetch(`${bench.origin}/run/sidebarSend`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-uniondesk-token': bench.token }, body: JSON.stringify(['测试-20']),
    });
    const answer = await res.text();
    expect(await bench.stop()).toBe(0);
    expect(answer.split('拒绝登录（EAUTH 535')).toHaveLength(2);
    expect(JSON.parse(answer)).toMatchObject({ ok: false });
    expect(server.logins()).toBe(1);
    expect(server.received).toEqual([]);
    expect((await loadXlsx(book)).workbook.sheet('发送记录')!.dump().slice(1)).toEqual([]);
  } finally {
    await server.close();
  }
});
