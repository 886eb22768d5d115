// Runtime checks that a JSON value is what src/kernel/contracts/sidebarContract.ts promises. The specs are
// typed against the contract (`Spec<T>` demands a spec for every field), so a field added to
// the contract without a spec here fails `tsc`, and the fixtures and the real server functions
// are held to the same shapes.
import type {
  AidCheckView,
  PickupLookupView,
  PickupRecordView,
  CalendarApplyView,
  CalendarPreviewView,
  CampaignListView,
  CampaignOption,
  NoticePreviewView,
  PersonView,
  ProblemView,
  SelectRowView,
  SendProgressView,
  SendTestView,
  SidebarData,
  SidebarError,
  SidebarFunction,
} from '../../src/kernel/contracts/sidebarContract';
import { CAMPAIGN_STATES, CAMPAIGN_TYPES, CHECK_RESULTS } from '../../src/kernel/sheets/schema';

export type Spec<T> =
  null extends T ? { readonly nullable: Spec<NonNullable<T>> }
    : [T] extends [boolean] ? 'boolean'
      : [T] extends [string] ? (string extends T ? 'string' : readonly T[])
        : [T] extends [number] ? 'integer' | 'number'
          : [T] extends [readonly (infer U)[]] ? { readonly list: Spec<U> }
            : [T] extends [object] ? { readonly fields: { readonly [K in keyof T]-?: Spec<T[K]> } }
              : never;

type AnySpec = 'boolean' | 'string' | 'integer' | 'number' | readonly string[] | { nullable: AnySpec } | { list: AnySpec } | { fields: Record<string, AnySpec> };

/** Every mismatch, as `path: what is wrong`; empty when the value fits. */
export function shapeErrors<T>(value: unknown, spec: Spec<T>, path = '$'): string[] {
  return check(value, spec as unknown as AnySpec, path);
}

function check(value: unknown, spec: AnySpec, path: string): string[] {
  if (value === undefined) return [`${path}: undefined (google.script.run drops it; use null)`];
  if (typeof spec === 'string') {
    if (spec === 'integer') return Number.isSafeInteger(value) ? [] : [`${path}: expected an integer, got ${JSON.stringify(value)}`];
    if (spec === 'number') return typeof value === 'number' && Number.isFinite(value) ? [] : [`${path}: expected a number, got ${JSON.stringify(value)}`];
    return typeof value === spec ? [] : [`${path}: expected ${spec}, got ${JSON.stringify(value)}`];
  }
  if (Array.isArray(spec)) return spec.includes(value as string) ? [] : [`${path}: expected one of ${spec.join('/')}, got ${JSON.stringify(value)}`];
  if ('nullable' in spec) return value === null ? [] : check(value, spec.nullable, path);
  if ('list' in spec) {
    if (!Array.isArray(value)) return [`${path}: expected a list, got ${JSON.stringify(value)}`];
    return value.flatMap((v, i) => check(v, spec.list, `${path}[${i}]`));
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [`${path}: expected an object, got ${JSON.stringify(value)}`];
  const fields = (spec as { fields: Record<string, AnySpec> }).fields;
  const record = value as Record<string, unknown>;
  const extra = Object.keys(record).filter((k) => !(k in fields)).map((k) => `${path}.${k}: not in the contract`);
  return [...extra, ...Object.entries(fields).flatMap(([k, s]) => check(record[k], s, `${path}.${k}`))];
}

const problem: Spec<ProblemView> = { fields: { text: 'string', sheet: 'string', row: { nullable: 'integer' }, blocking: 'boolean' } };
const problems = { list: problem };
const fen = 'integer' as const;

const sidebarError: Spec<SidebarError> = {
  fields: { kind: ['problems', 'locked', 'refused', 'stale', 'failed'], message: 'string', problems },
};

const calendarChange = { list: { fields: { key: 'string', title: 'string', when: 'string', row: { nullable: 'integer' }, note: 'string' } } } as const;

const calendarPreview: Spec<CalendarPreviewView> = {
  fields: {
    calendarName: 'string',
    planYear: 'integer',
    timeZone: 'string',
    counts: { fields: { create: 'integer', update: 'integer', delete: 'integer', unchanged: 'integer' } },
    creates: calendarChange,
    updates: calendarChange,
    deletes: calendarChange,
    untouched: 'integer',
    problems,
    notes: { list: 'string' },
    planToken: 'string',
  },
};

const calendarApply: Spec<CalendarApplyView> = {
  fields: {
    counts: { fields: { created: 'integer', updated: 'integer', deleted: 'integer', failed: 'integer' } },
    finished: 'boolean',
    message: 'string',
    problems,
  },
};

const campaign: Spec<CampaignOption> = {
  fields: { id: 'string', name: 'string', type: CAMPAIGN_TYPES, state: CAMPAIGN_STATES, sendAt: { nullable: 'string' } },
};

const campaignList: Spec<CampaignListView> = { fields: { campaigns: { list: campaign }, selectedId: { nullable: 'string' } } };

const person: Spec<PersonView> = {
  fields: { memberId: 'string', name: 'string', email: 'string', note: 'string', sheet: 'string', row: { nullable: 'integer' } },
};

const noticePreview: Spec<NoticePreviewView> = {
  fields: {
    campaign,
    stateNote: 'string',
    counts: {
      fields: { recipients: 'integer', toSend: 'integer', alreadySent: 'integer', inFlight: 'integer', skipped: 'integer', problems: 'integer' },
    },
    toSend: { list: person },
    skipped: { list: person },
    inFlight: { list: person },
    problems,
    mails: { list: { fields: { to: 'string', name: 'string', subject: 'string', html: 'string', text: 'string' } } },
    allowance: { nullable: 'integer' },
    canSend: 'boolean',
    cannotSendReason: 'string',
  },
};

const sendTest: Spec<SendTestView> = { fields: { to: 'string', subject: 'string', message: 'string' } };

const sendProgress: Spec<SendProgressView> = {
  fields: {
    campaignId: 'string',
    phase: ['idle', 'sending', 'stopped', 'done'],
    total: 'integer',
    sent: 'integer',
    failed: 'integer',
    skipped: 'integer',
    remaining: 'integer',
    message: 'string',
  },
};

const aidCheck: Spec<AidCheckView> = {
  fields: {
    rows: 'integer',
    resultCounts: { fields: { 一致: 'integer', 不一致: 'integer', 待发放: 'integer', 错误: 'integer' } },
    totalDue: fen,
    totalPaid: fen,
    tiers: { list: { fields: { label: 'string', count: 'integer', due: fen } } },
    attention: {
      list: {
        fields: {
          sheet: 'string',
          row: 'integer',
          applicationId: 'string',
          memberId: 'string',
          name: 'string',
          result: CHECK_RESULTS,
          due: { nullable: fen },
          paid: { nullable: fen },
          difference: { nullable: fen },
          note: 'string',
        },
      },
    },
    problems,
  },
};

const pickupMember = { fields: { memberId: 'string', name: 'string', branch: 'string', refusal: 'string', collected: 'string' } } as const;
const pickupLookup: Spec<PickupLookupView> = { fields: { campaignId: 'string', query: 'string', members: { list: pickupMember }, message: 'string' } };
const pickupRecord: Spec<PickupRecordView> = {
  fields: {
    campaignId: 'string',
    memberId: 'string',
    ok: 'boolean',
    message: 'string',
    summary: { list: { fields: { branch: 'string', entitled: 'integer', self: 'integer', proxy: 'integer', missing: 'integer', purchased: { nullable: 'integer' }, left: { nullable: 'integer' } } } },
  },
};

const selectRow: Spec<SelectRowView> = { fields: { sheet: 'string', row: 'integer' } };

export const DATA_SPECS: { readonly [F in SidebarFunction]: Spec<SidebarData<F>> } = {
  sidebarCalendarPreview: calendarPreview,
  sidebarCalendarApply: calendarApply,
  sidebarCampaigns: campaignList,
  sidebarNoticePreview: noticePreview,
  sidebarSendTest: sendTest,
  sidebarSend: sendProgress,
  sidebarSendProgress: sendProgress,
  sidebarAidCheck: aidCheck,
  sidebarSelectRow: selectRow,
  sidebarPickupLookup: pickupLookup,
  sidebarRecordPickup: pickupRecord,
  sidebarUndoPickup: pickupRecord,
};

/** Errors of a whole reply ({ ok: true, data } or { ok: false, error }) of `fn`. */
export function replyErrors(fn: SidebarFunction, reply: unknown): string[] {
  if (!reply || typeof reply !== 'object') return [`$: expected a reply object, got ${JSON.stringify(reply)}`];
  const r = reply as Record<string, unknown>;
  const keys = Object.keys(r).sort().join(',');
  if (r.ok === true) {
    if (keys !== 'data,ok') return [`$: a success reply has exactly ok and data, got ${keys}`];
    return check(r.data, DATA_SPECS[fn] as unknown as AnySpec, '$.data');
  }
  if (r.ok === false) {
    if (keys !== 'error,ok') return [`$: a failure reply has exactly ok and error, got ${keys}`];
    return shapeErrors<SidebarError>(r.error, sidebarError, '$.error');
  }
  return [`$.ok: expected true or false, got ${JSON.stringify(r.ok)}`];
}
