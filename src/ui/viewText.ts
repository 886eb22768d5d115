// The sentences and figures the sidebar shows, computed from the views (pure, unit-tested).
import { type Fen, formatYuan } from '../kernel/values/fen';
import { IF_TRIGGER_TIME_USED_UP } from '../kernel/triggerTimeNotice';
import type {
  AidCheckView,
  AidRowView,
  CalendarApplyView,
  CalendarPreviewView,
  CampaignOption,
  NoticePreviewView,
  PersonView,
  SendProgressView,
} from '../kernel/contracts/sidebarContract';

export interface Figure {
  readonly label: string;
  readonly value: string;
}

/** '¥12,345.60'; '—' for a blank amount. */
export function yuan(amount: Fen | null): string {
  if (amount === null) return '—';
  return amount < 0 ? `-¥${formatYuan(-amount as Fen)}` : `¥${formatYuan(amount)}`;
}

/** A difference always shows its sign: '+¥100.00', '-¥100.00', '¥0.00'. */
export function signedYuan(amount: Fen | null): string {
  if (amount === null || amount <= 0) return yuan(amount);
  return `+${yuan(amount)}`;
}

/** Shown under a list that holds only the first items of a longer one. */
export function moreText(total: number, shown: number): string {
  return total > shown ? `另有 ${total - shown} 项未列出` : '';
}

export function rowText(sheet: string, row: number | null): string {
  return row === null ? sheet : `${sheet} 第 ${row} 行`;
}

export function calendarFigures(p: CalendarPreviewView): Figure[] {
  return [
    { label: '新建', value: String(p.counts.create) },
    { label: '更新', value: String(p.counts.update) },
    { label: '删除', value: String(p.counts.delete) },
    { label: '不变', value: String(p.counts.unchanged) },
  ];
}

export function calendarHeadline(p: CalendarPreviewView): string {
  const changes = p.counts.create + p.counts.update + p.counts.delete;
  const target = p.calendarName ? `日历“${p.calendarName}”` : '共享日历';
  if (changes === 0) return `${p.planYear} 年工作计划与${target}一致，无需同步。`;
  return `${p.planYear} 年工作计划与${target}相比有 ${changes} 项变更，确认后才会写入日历。`;
}

export function calendarFootnotes(p: CalendarPreviewView): string[] {
  const notes = [...p.notes];
  if (p.untouched > 0) notes.push(`日历上另有 ${p.untouched} 个事件不在本次同步之列（他人创建的、其他年度的，或所在行有问题暂不处理的），保持不变。`);
  if (p.problems.length > 0) {
    // Rows and problems are counted apart: one row may have two problems (月份 and 开始日期).
    const rows = new Set(p.problems.map((q) => (q.row === null ? q.text : `${q.sheet}!${q.row}`))).size;
    notes.push(`${rows} 行有问题${rows === p.problems.length ? '' : `（共 ${p.problems.length} 处）`}，将被跳过，其余各行照常同步。`);
  }
  return notes;
}

export function calendarApplyText(a: CalendarApplyView): string {
  const parts = [`新建 ${a.counts.created}`, `更新 ${a.counts.updated}`, `删除 ${a.counts.deleted}`];
  if (a.counts.failed > 0) parts.push(`失败 ${a.counts.failed}`);
  const tail = a.finished ? '' : `（尚未全部完成，剩余部分几分钟后自动继续；${IF_TRIGGER_TIME_USED_UP}）`;
  return `${parts.join('，')}${tail}`;
}

/** Short enough for a 300 px picker: the name already carries the year and the festival. */
export function campaignOptionText(c: CampaignOption): string {
  return `${c.name}（${c.state}）`;
}

export function noticeFigures(p: NoticePreviewView): Figure[] {
  return [
    { label: '收件人', value: String(p.counts.recipients) },
    { label: '待发送', value: String(p.counts.toSend) },
    { label: '已发送', value: String(p.counts.alreadySent) },
    { label: '跳过', value: String(p.counts.skipped) },
    { label: '问题', value: String(p.counts.problems) },
  ];
}

export function campaignStateText(p: NoticePreviewView): string {
  const c = p.campaign;
  const when = c.sendAt ? `，计划发送时间 ${c.sendAt}` : '';
  const note = p.stateNote ? `。${p.stateNote}` : '';
  return `状态：${c.state}${when}${note}`;
}

export function allowanceText(p: NoticePreviewView): string {
  if (p.allowance === null) return '';
  if (p.allowance >= p.counts.toSend) return `今天的发信额度还剩 ${p.allowance} 封，足够全部发出。`;
  return `今天的发信额度只剩 ${p.allowance} 封：先发 ${p.allowance} 封，其余 ${p.counts.toSend - p.allowance} 封留待以后继续发送。`;
}

export function sendButtonText(p: NoticePreviewView | null): string {
  return p && p.counts.toSend > 0 ? `发送（${p.counts.toSend} 人）` : '发送';
}

export function sendConfirmText(p: NoticePreviewView): string {
  const today = p.allowance !== null && p.allowance < p.counts.toSend ? `（今天先发 ${p.allowance} 封）` : '';
  return `确定向 ${p.counts.toSend} 人发送“${p.campaign.name}”吗${today}？已发送过的人不会重复收到。`;
}

export function personText(p: PersonView): string {
  const who = `${p.name}（${p.memberId}）`;
  return p.note ? `${who}：${p.note}` : who;
}

export function mailPositionText(index: number, count: number): string {
  return count === 0 ? '没有可预览的邮件' : `第 ${index + 1} 封，共 ${count} 封`;
}

/** What a mail client does for a bare HTML fragment: a document with a readable default font. */
const MAIL_DEFAULT_STYLE = 'body{font-family:Arial,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;font-size:14px;line-height:1.6;color:#202124;margin:8px}';

/** The mail's HTML as the preview iframe's document; a full document is shown as it is. */
export function mailDocument(html: string): string {
  if (/^\s*(<!doctype|<html)/i.test(html)) return html;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${MAIL_DEFAULT_STYLE}</style></head><body>${html}</body></html>`;
}

export function mailToText(mail: { name: string; to: string }): string {
  return `收件人：${mail.name} <${mail.to}>`;
}

/** 0–1 for the progress bar: the notices of this run that have been tried. */
export function progressRatio(p: SendProgressView): number {
  if (p.total <= 0) return p.phase === 'done' ? 1 : 0;
  return Math.min(1, (p.sent + p.failed) / p.total);
}

export function progressText(p: SendProgressView): string {
  const done = `已发送 ${p.sent} / ${p.total}`;
  const extra: string[] = [];
  if (p.failed > 0) extra.push(`失败 ${p.failed}`);
  if (p.skipped > 0) extra.push(`跳过 ${p.skipped}`);
  if (p.phase !== 'sending' && p.remaining > 0) extra.push(`待以后发送 ${p.remaining}`);
  return extra.length ? `${done}（${extra.join('，')}）` : done;
}

export function aidFigures(v: AidCheckView): Figure[] {
  return [
    { label: '行数', value: String(v.rows) },
    { label: '一致', value: String(v.resultCounts['一致']) },
    { label: '不一致', value: String(v.resultCounts['不一致']) },
    { label: '待发放', value: String(v.resultCounts['待发放']) },
    { label: '错误', value: String(v.resultCounts['错误']) },
  ];
}

export function aidTotalsText(v: AidCheckView): string {
  const gap = (v.totalPaid - v.totalDue) as Fen;
  return `应发合计 ${yuan(v.totalDue)}，实发合计 ${yuan(v.totalPaid)}，差额 ${signedYuan(gap)}`;
}

export function aidHeadline(v: AidCheckView): string {
  if (v.attention.length === 0) return `全部 ${v.rows} 行核对一致。`;
  return `${v.attention.length} 行需要处理，点击可在表格中定位到该行。`;
}

/** One line of the rows needing attention. */
export function aidRowText(r: AidRowView): string {
  const money = r.result === '不一致' ? ` 差额 ${signedYuan(r.difference)}` : r.result === '待发放' ? ` 应发 ${yuan(r.due)}` : '';
  return `第 ${r.row} 行 ${r.name} · ${r.result}${money}`;
}
