import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { main } from '../../../runner/cli';

function run(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  return main(argv, (l) => lines.push(l)).then((code) => ({ code, out: lines.join('\n') }));
}

// One workbook goes through the clerk's whole offline story, command by command.
describe('npx uniondesk notices / approve / run-due', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uniondesk-notices-'));
  const path = join(dir, '工会.xlsx');
  const outbox = join(dir, 'outbox');
  const emls = () => (existsSync(outbox) ? readdirSync(outbox, { recursive: true }).map(String).filter((f) => f.endsWith('.eml')).sort() : []);

  beforeAll(async () => {
    expect((await run(['init', path, '--sample'])).code).toBe(0);
  });

  it('previews without sending or writing anything, and says how to use it when the campaign is missing', async () => {
    const preview = await run(['notices', path, '--campaign', '2023-端午']);
    expect(preview.code).toBe(0);
    expect(preview.out).toContain('待发送 56 人；已发送 0 人；发送中待核实 0 人；跳过 2 人。');
    expect(preview.out).toContain('主题：【四川农业大学工会（示例）】端午安康｜2023年端午节慰问品发放领取通知');
    expect(emls()).toEqual([]);
    expect(existsSync(`${path}.bak`)).toBe(false);
    expect((await run(['notices', path])).code).toBe(2);
    expect((await run(['notices', path, '--campaign', 'x', '--outbox', outbox, '--smtp', 'smtp://h'])).code).toBe(2);
  });

  it('--test-to sends the first notice to that address only', async () => {
    const test = await run(['notices', path, '--campaign', '2023-端午', '--test-to', 'me@example.edu.cn']);
    expect(test.code).toBe(0);
    // Not a notice of the campaign: it goes beside the campaign folders, never in place of one.
    expect(emls()).toEqual([expect.stringMatching(/^其他邮件\/\d{8}-\d{6}-me@example\.edu\.cn\.eml$/)]);
    const parsed = await simpleParser(readFileSync(join(outbox, emls()[0])));
    expect(parsed.subject).toBe('【测试】【四川农业大学工会（示例）】端午安康｜2023年端午节慰问品发放领取通知');
  });

  it('--send writes one .eml per member to outbox/ beside the workbook, and a second --send sends nothing', async () => {
    const sent = await run(['notices', path, '--campaign', '2023-端午', '--send', '--as', 'clerk@example.edu.cn']);
    expect(sent.code).toBe(0);
    expect(sent.out).toContain('本次发送 56 封');
    expect(emls()).toHaveLength(57);
    expect(emls().filter((f) => f.startsWith('2023-端午/'))).toHaveLength(56);
    const parsed = await simpleParser(readFileSync(join(outbox, '2023-端午', '001000-王秀英.eml')));
    expect((parsed.to as { text: string }).text).toBe('t001000@example.edu.cn');
    // From is 设置!发件邮箱 of the sample, not the clerk running the tool.
    expect(parsed.from?.value[0]).toEqual({ name: '校工会', address: 'union@example.edu.cn' });
    expect(parsed.text).toContain('尊敬的王秀英老师');
    expect(parsed.html).toContain('<p>尊敬的王秀英老师：</p>');
    expect(existsSync(`${path}.unsaved.json`)).toBe(false);

    const again = await run(['notices', path, '--campaign', '2023-端午', '--send', '--as', 'clerk@example.edu.cn']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('本次没有发送');
    expect(emls()).toHaveLength(57);
  });

  it('approve records the approval; run-due sends what is due and mails the approver a report', async () => {
    expect((await run(['approve', path, '--campaign', '2023-中秋'])).code).toBe(1); // nobody to record as 审核人
    const approved = await run(['approve', path, '--campaign', '2023-中秋', '--as', 'chair@example.edu.cn']);
    expect(approved.code).toBe(0);
    expect(approved.out).toContain('已审核通过活动“2023-中秋”');
    const due = await run(['run-due', path, '--outbox', join(dir, 'cron')]);
    expect(due.code).toBe(0);
    expect(due.out).toContain('已给审核人 chair@example.edu.cn 发送报告');
    // 每日发信上限 is 90 and 56 went out today: 33 notices and the report now, 23 left for tomorrow.
    expect(due.out).toContain('本次发送 33 封');
    expect(due.out).toContain('剩余 23 封明天继续');
    const cron = readdirSync(join(dir, 'cron'), { recursive: true }).map(String).filter((f) => f.endsWith('.eml')).sort();
    expect(cron).toHaveLength(34);
    expect(cron.filter((f) => f.startsWith('2023-中秋/'))).toHaveLength(33);
    expect(cron.at(-1)).toMatch(/^其他邮件\/.*chair@example\.edu\.cn\.eml$/);
  });
});
