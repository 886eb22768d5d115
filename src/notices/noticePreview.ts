import type { LeftOut, Recipient } from './audience';
import type { NoticeCheck, NoticeData } from './noticeCheck';
import { renderFor } from './noticeCheck';
import type { SendRecord } from '../kernel/journal/sendRecord';
import type { PersonLine } from '../kernel/contracts/campaignRun';
export type { PersonLine };

export interface PreviewMail {
  readonly to: string;
  readonly name: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** What 预览慰问通知 shows, and what the sidebar and the CLI receive. */
export interface NoticePreview {
  readonly campaignId: string;
  readonly campaignName: string;
  readonly state: string;
  readonly stateReason: string;
  readonly templateName: string;
  readonly toSend: readonly PersonLine[];
  readonly skipped: readonly PersonLine[];
  readonly alreadySent: readonly PersonLine[];
  readonly inFlight: readonly PersonLine[];
  readonly mails: readonly PreviewMail[];
  /** Mails allowed today (the lower of the quota and 每日发信上限 left). */
  readonly allowance: number;
  readonly blocked: boolean;
  /** Members the campaign leaves out, by why (退休, 离校, 性别, 分会, 标签). */
  readonly leftOut?: readonly LeftOut[];
}

const person = (r: Recipient, note = ''): PersonLine => ({ memberId: r.memberId, name: r.name, email: r.email, note });
const fromRecord = (r: SendRecord, note: string): PersonLine => ({ memberId: r.memberId, name: r.name, email: r.email, note });

export function buildPreview(data: NoticeData, check: NoticeCheck, allowance: number, mailCount = 3): NoticePreview {
  const mails = check.blocked && !check.template
    ? []
    : check.plan.toSend.slice(0, mailCount).map(({ recipient }) => {
      const mail = renderFor(data, check, recipient);
      return { to: recipient.email, name: recipient.name, ...mail };
    });
  return {
    campaignId: check.campaign.id,
    campaignName: check.campaign.name,
    state: check.state.state,
    stateReason: check.state.reason,
    templateName: check.campaign.templateName,
    toSend: check.plan.toSend.map(({ recipient, previous }) => person(recipient, previous ? `重试（上次：${previous.state}${previous.note ? `，${previous.note}` : ''}）` : '')),
    skipped: check.plan.skipped.map((s) => person(s, s.reason)),
    alreadySent: check.plan.alreadySent.map((r) => fromRecord(r, r.time)),
    inFlight: check.plan.inFlight.map((r) => fromRecord(r, r.note || `${r.time} 开始发送，结果未知`)),
    mails,
    allowance,
    blocked: check.blocked,
    leftOut: check.audience.leftOut ?? [],
  };
}

const LEFT_OUT_TEXT: Record<LeftOut['reason'], string> = {
  退休: '退休',
  离校: '离校',
  性别: '性别不符',
  分会: '不在所选分会',
  标签: '没有所选标签',
};

/** '未列入 6 人：退休 4 人，离校 2 人。', or null when the campaign leaves nobody out. */
export function leftOutLine(p: NoticePreview): string | null {
  const leftOut = p.leftOut ?? [];
  if (!leftOut.length) return null;
  return `未列入 ${leftOut.reduce((n, l) => n + l.count, 0)} 人：${leftOut.map((l) => `${LEFT_OUT_TEXT[l.reason]} ${l.count} 人`).join('，')}。`;
}

const line = (p: PersonLine) => `  ${p.name}（${p.memberId}）${p.email ? ` ${p.email}` : ''}${p.note ? `：${p.note}` : ''}`;

function listed(title: string, people: readonly PersonLine[], max: number): string[] {
  if (!people.length) return [];
  const shown = people.slice(0, max).map(line);
  if (people.length > max) shown.push(`  ……另有 ${people.length - max} 人`);
  return [`${title}（${people.length} 人）：`, ...shown];
}

/** The preview as text, for a dialog and the CLI. */
export function previewText(p: NoticePreview, maxListed = 20): string {
  const lines = [
    `活动“${p.campaignId}”${p.campaignName ? `（${p.campaignName}）` : ''}，模板“${p.templateName}”，状态：${p.state}${p.stateReason ? `（${p.stateReason}）` : ''}`,
    `待发送 ${p.toSend.length} 人；已发送 ${p.alreadySent.length} 人；发送中待核实 ${p.inFlight.length} 人；跳过 ${p.skipped.length} 人。`,
    p.allowance === Infinity ? '今天的发信数量没有限制。' : `今天还可发送 ${p.allowance} 封${p.toSend.length > p.allowance ? `，其余 ${p.toSend.length - p.allowance} 封将在之后的日子继续发送` : ''}。`,
  ];
  const leftOut = leftOutLine(p);
  if (leftOut) lines.push(leftOut);
  if (p.blocked) lines.push('存在必须先改正的问题（见下方列表），改正之前不会发送任何邮件。');
  lines.push(...listed('发送中待核实——上次发送时中断，无法确定本人是否收到；请核实后在“发送记录”中为其追加一行，状态填“已发送”或“失败”（失败会在下次重发）', p.inFlight, maxListed));
  lines.push(...listed('跳过', p.skipped, maxListed));
  lines.push(...listed('待发送', p.toSend, maxListed));
  for (const [i, m] of p.mails.entries()) {
    lines.push('', `—— 第 ${i + 1} 封：${m.name} <${m.to}>`, `主题：${m.subject}`, '', m.text);
  }
  return lines.join('\n');
}
