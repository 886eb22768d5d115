// 慰问通知: campaign picker, recipients / skipped / problems, the rendered mails, sending.
import type { CampaignOption, MailView, NoticePreviewView, SendProgressView } from '../../kernel/contracts/sidebarContract';
import {
  allowanceText,
  campaignOptionText,
  campaignStateText,
  mailDocument,
  mailPositionText,
  mailToText,
  noticeFigures,
  personText,
  progressRatio,
  progressText,
} from '../viewText';
import { fill, h } from './dom';
import { figureTiles, moreParagraph, personList, problemList, type SelectRow } from './parts';

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

export function drawNoticePreview(body: HTMLElement, people: HTMLElement, p: NoticePreviewView | null, selectRow: SelectRow): void {
  if (!p) {
    fill(body, h('p', { className: 'gray' }, '选择活动后会列出收件人、跳过的会员和问题，并显示前几封邮件的样子。'));
    fill(people);
    return;
  }
  fill(body,
    h('p', { id: 'campaign-state' }, campaignStateText(p)),
    figureTiles(noticeFigures(p), ['跳过', '问题']),
    allowanceText(p) ? h('p', { className: 'gray' }, allowanceText(p)) : null,
    !p.canSend && p.cannotSendReason ? h('p', { className: 'error', id: 'cannot-send' }, p.cannotSendReason) : null,
    problemList('问题', p.problems, selectRow));
  // The people come after the mail and the buttons: a list of 300 must not push them away.
  fill(people,
    personList('发送中（上次运行中断，请核实是否已收到）', p.inFlight, p.counts.inFlight, selectRow),
    personList('跳过', p.skipped, p.counts.skipped, selectRow),
    p.counts.toSend > 0
      ? h('details', { id: 'to-send' },
        h('summary', {}, `待发送名单（${p.counts.toSend} 人）`),
        h('ul', {}, ...p.toSend.map((x) => h('li', {}, `${personText(x)} ${x.email}`))),
        moreParagraph(p.counts.toSend, p.toSend.length))
      : null);
}

export interface MailElements {
  readonly box: HTMLElement;
  readonly position: HTMLElement;
  readonly to: HTMLElement;
  readonly subject: HTMLElement;
  /** Where the mail's iframe goes. */
  readonly frameSlot: HTMLElement;
}

export function drawMail(el: MailElements, mails: readonly MailView[], index: number): void {
  const mail = mails[index];
  el.box.hidden = !mail;
  if (!mail) {
    fill(el.frameSlot);
    return;
  }
  el.position.textContent = mailPositionText(index, mails.length);
  el.to.textContent = mailToText(mail);
  el.subject.textContent = `主题：${mail.subject}`;
  // The mail's HTML is shown only inside an iframe with an empty sandbox: no scripts, no forms,
  // no navigation of the sidebar, an origin of its own — whatever the template or the data
  // contain. A fresh iframe per mail, inserted once the box is visible, so Chrome lays it out
  // at once (an iframe navigated while hidden may stay unpainted) and no history builds up.
  const frame = h('iframe', { id: 'mail-frame', title: '邮件正文预览', attrs: { sandbox: '', referrerpolicy: 'no-referrer' } });
  frame.srcdoc = mailDocument(mail.html);
  fill(el.frameSlot, frame);
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
