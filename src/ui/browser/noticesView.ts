// 慰问通知: campaign picker, recipients / skipped / problems, the rendered mails, sending.
import type { CampaignOption, MailView, NoticePreviewView, SendProgressView } from '../sidebarContract';
import {
  allowanceText,
  campaignOptionText,
  campaignStateText,
  mailPositionText,
  mailToText,
  noticeFigures,
  progressRatio,
  progressText,
} from '../viewText';
import { fill, h } from './dom';
import { figureTiles, personList, problemList, type SelectRow } from './parts';

export function drawCampaignOptions(select: HTMLSelectElement, campaigns: readonly CampaignOption[] | null, selectedId: string | null): void {
  if (!campaigns) {
    fill(select, h('option', { attrs: { value: '' } }, '正在读取…'));
    return;
  }
  if (campaigns.length === 0) {
    fill(select, h('option', { attrs: { value: '' } }, '慰问活动表中还没有活动'));
    return;
  }
  fill(select, ...campaigns.map((c) => {
    const option = h('option', {}, campaignOptionText(c));
    option.value = c.id;
    return option;
  }));
  select.value = selectedId ?? '';
}

export function drawNoticePreview(body: HTMLElement, p: NoticePreviewView | null, selectRow: SelectRow): void {
  if (!p) {
    fill(body, h('p', { className: 'gray' }, '选择活动后会列出收件人、跳过的会员和问题，并显示前几封邮件的样子。'));
    return;
  }
  fill(body,
    h('p', { id: 'campaign-state' }, campaignStateText(p)),
    figureTiles(noticeFigures(p), ['跳过', '问题']),
    allowanceText(p) ? h('p', { className: 'gray' }, allowanceText(p)) : null,
    !p.canSend && p.cannotSendReason ? h('p', { className: 'error', id: 'cannot-send' }, p.cannotSendReason) : null,
    problemList('问题', p.problems, selectRow),
    personList('发送中（上次运行中断，请核实是否已收到）', p.inFlight, p.counts.inFlight, selectRow),
    personList('跳过', p.skipped, p.counts.skipped, selectRow),
    personList('待发送', p.toSend, p.counts.toSend, selectRow));
}

export interface MailElements {
  readonly box: HTMLElement;
  readonly position: HTMLElement;
  readonly to: HTMLElement;
  readonly subject: HTMLElement;
  readonly frame: HTMLIFrameElement;
}

export function drawMail(el: MailElements, mails: readonly MailView[], index: number): void {
  const mail = mails[index];
  el.box.hidden = !mail;
  if (!mail) {
    el.frame.srcdoc = '';
    return;
  }
  el.position.textContent = mailPositionText(index, mails.length);
  el.to.textContent = mailToText(mail);
  el.subject.textContent = `主题：${mail.subject}`;
  // The mail's HTML is shown only inside an iframe with an empty sandbox: no scripts, no forms,
  // no navigation of the sidebar, its own origin — whatever the template or the data contain.
  el.frame.setAttribute('sandbox', '');
  el.frame.srcdoc = mail.html;
}

export interface ProgressElements {
  readonly box: HTMLElement;
  readonly bar: HTMLProgressElement;
  readonly text: HTMLElement;
  readonly message: HTMLElement;
}

export function drawProgress(el: ProgressElements, p: SendProgressView | null, sending: boolean): void {
  el.box.hidden = !p && !sending;
  if (!p) {
    el.bar.removeAttribute('value'); // indeterminate until the first poll answers
    el.text.textContent = sending ? '正在开始发送…' : '';
    el.message.textContent = '';
    return;
  }
  el.bar.value = progressRatio(p);
  el.text.textContent = progressText(p);
  el.message.textContent = p.message;
}
