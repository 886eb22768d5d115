// 领取登记: the counter's view. It keeps its own small state, apart from the other views'
// reducer, because a scan must be answered at once and never waits on a preview elsewhere.
// A scanner types the 工号 and Enter: an exact 工号 records 本人 without the mouse.
import type { CampaignOption, PickupMemberView, PickupRecordView, SidebarError } from '../../kernel/contracts/sidebarContract';
import { exactMatch, memberLine, memberState, pickupFigures } from '../pickupText';
import { byId, fill, h } from './dom';
import { drawCampaignOptions } from './noticesView';
import { figureTiles } from './parts';
import { callServer } from './serverCall';

interface PickupState {
  campaigns: readonly CampaignOption[] | null;
  campaignId: string;
  members: readonly PickupMemberView[];
  selected: PickupMemberView | null;
  /** The text that found `selected`: Enter on the same text records that member. */
  foundBy: string;
  /** The 工号 of the last collection recorded here: what 撤销上一条 takes back. */
  lastRecorded: string | null;
  busy: boolean;
}

const el = {
  campaign: byId<HTMLSelectElement>('pickup-campaign'),
  query: byId<HTMLInputElement>('pickup-query'),
  self: byId<HTMLButtonElement>('pickup-self'),
  undo: byId<HTMLButtonElement>('pickup-undo'),
  proxyName: byId<HTMLInputElement>('pickup-proxy-name'),
  proxy: byId<HTMLButtonElement>('pickup-proxy'),
  result: byId('pickup-result'),
  members: byId('pickup-members'),
  summary: byId('pickup-summary'),
};

const state: PickupState = { campaigns: null, campaignId: '', members: [], selected: null, foundBy: '', lastRecorded: null, busy: false };

function drawControls(): void {
  el.campaign.disabled = state.busy || !state.campaigns?.length;
  el.self.disabled = state.busy || !state.campaignId;
  el.proxy.disabled = state.busy || !state.campaignId;
  el.undo.disabled = state.busy || state.lastRecorded === null;
}

function say(text: string, ok: boolean): void {
  el.result.hidden = text === '';
  el.result.classList.toggle('bad', !ok);
  el.result.textContent = text;
}

function sayError(error: SidebarError): void {
  say([error.message, ...error.problems.map((p) => p.text)].join('\n'), false);
}

function drawMembers(): void {
  fill(el.members, ...state.members.map((m) => {
    const { text, tone } = memberState(m);
    const chosen = state.selected?.memberId === m.memberId;
    return h('button', {
      className: `row-link ${tone}`.trim(),
      attrs: { type: 'button', 'data-member': m.memberId, 'aria-pressed': String(chosen) },
      onClick: () => {
        state.selected = m;
        state.foundBy = m.memberId;
        el.query.value = m.memberId;
        drawMembers();
        el.query.focus();
      },
    }, memberLine(m), h('span', { className: 'note' }, text));
  }));
}

async function busy<T>(work: () => Promise<T>): Promise<T> {
  state.busy = true;
  drawControls();
  try {
    return await work();
  } finally {
    state.busy = false;
    drawControls();
  }
}

/** The member the 工号 box names: the chosen one, or the one an exact 工号 (or a single match) finds. */
async function target(): Promise<PickupMemberView | null> {
  const query = el.query.value.trim();
  if (query === '') {
    say('请先输入或扫描工号。', false);
    return null;
  }
  if (state.selected && (query === state.foundBy || state.selected.memberId.toUpperCase() === query.toUpperCase())) return state.selected;
  const reply = await callServer('sidebarPickupLookup', [state.campaignId, query]);
  if (!reply.ok) {
    sayError(reply.error);
    return null;
  }
  state.members = reply.data.members;
  const exact = exactMatch(query, state.members);
  state.selected = exact ?? (state.members.length === 1 ? state.members[0] : null);
  state.foundBy = query;
  drawMembers();
  if (exact) return exact;
  say(reply.data.message || (state.members.length ? '请在下面选择会员，再按回车或点“本人领取”/“代领”。' : ''), state.members.length > 0);
  return null;
}

function recorded(reply: { ok: true; data: PickupRecordView } | { ok: false; error: SidebarError }, undo: boolean): void {
  if (!reply.ok) {
    sayError(reply.error);
    return;
  }
  const r = reply.data;
  say(r.message, r.ok);
  fill(el.summary, h('h3', {}, '领取统计'), figureTiles(pickupFigures(r.summary), ['未领']));
  if (r.ok) state.lastRecorded = undo ? null : r.memberId;
  state.members = [];
  state.selected = null;
  drawMembers();
  el.query.value = '';
}

async function record(proxy: string): Promise<void> {
  if (state.busy || !state.campaignId) return;
  await busy(async () => {
    const member = await target();
    if (!member) return;
    recorded(await callServer('sidebarRecordPickup', [state.campaignId, member.memberId, proxy]), false);
  });
  el.query.focus();
}

async function undoLast(): Promise<void> {
  const memberId = state.lastRecorded;
  if (state.busy || memberId === null) return;
  await busy(async () => recorded(await callServer('sidebarUndoPickup', [state.campaignId, memberId]), true));
  el.query.focus();
}

async function loadCampaigns(): Promise<void> {
  drawCampaignOptions(el.campaign, null, null);
  const reply = await busy(() => callServer('sidebarCampaigns', []));
  if (!reply.ok) {
    sayError(reply.error);
    return;
  }
  state.campaigns = reply.data.campaigns;
  state.campaignId = reply.data.selectedId ?? state.campaigns[0]?.id ?? '';
  drawCampaignOptions(el.campaign, state.campaigns, state.campaignId);
  drawControls();
}

el.campaign.addEventListener('change', () => {
  state.campaignId = el.campaign.value;
  state.members = [];
  state.selected = null;
  state.lastRecorded = null;
  drawMembers();
  fill(el.summary);
  say('', true);
  drawControls();
});
el.query.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter' || e.isComposing) return;
  e.preventDefault();
  void record('');
});
el.query.addEventListener('input', () => {
  const query = el.query.value.trim();
  if (state.selected && query !== state.foundBy && state.selected.memberId !== query) state.selected = null;
});
el.self.addEventListener('click', () => void record(''));
el.proxy.addEventListener('click', () => {
  const proxy = el.proxyName.value.trim();
  if (proxy === '') {
    say('代领须填写代领人姓名。', false);
    el.proxyName.focus();
    return;
  }
  void record(proxy);
});
el.proxyName.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.isComposing) el.proxy.click();
});
el.undo.addEventListener('click', () => void undoLast());

/** Called whenever the 领取登记 tab is shown: loads the campaigns the first time. */
export function pickupShown(): void {
  if (state.campaigns === null && !state.busy) void loadCampaigns();
}

drawControls();
