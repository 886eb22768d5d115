// The recorded sidebar replies under tests/fixtures/sidebar/, typed by the call they answer.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SidebarData, SidebarFunction, SidebarReply } from '../../src/kernel/contracts/sidebarContract';

export const FIXTURE_DIR = join(__dirname, '..', 'fixtures', 'sidebar');

/**
 * Which call each fixture file answers. All but the calendar's are recorded from the bundle on
 * the sample workbook (RECORD_SIDEBAR_FIXTURES=1, see tests/ui/sidebar.test.ts and the features' sidebar tests).
 */
export const FIXTURES = {
  calendarPreview: 'sidebarCalendarPreview',
  calendarApply: 'sidebarCalendarApply',
  campaigns: 'sidebarCampaigns',
  noticePreview: 'sidebarNoticePreview',
  noticePreviewAfterSend: 'sidebarNoticePreview',
  sendTest: 'sidebarSendTest',
  sendProgress: 'sidebarSendProgress',
  sendDone: 'sidebarSend',
  aidCheck: 'sidebarAidCheck',
  aidCheckProblems: 'sidebarAidCheck',
  pickupLookup: 'sidebarPickupLookup',
  pickupRecorded: 'sidebarRecordPickup',
  pickupRefused: 'sidebarRecordPickup',
  pickupLookupByName: 'sidebarPickupLookup',
  pickupProxied: 'sidebarRecordPickup',
  pickupUndone: 'sidebarUndoPickup',
} as const satisfies Record<string, SidebarFunction>;

export type FixtureName = keyof typeof FIXTURES;

export function fixtureReply<N extends FixtureName>(name: N): SidebarReply<SidebarData<(typeof FIXTURES)[N]>> {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.json`), 'utf8'));
}

/** The data of a fixture that records a success. */
export function fixtureData<N extends FixtureName>(name: N): SidebarData<(typeof FIXTURES)[N]> {
  const reply = fixtureReply(name);
  if (!reply.ok) throw new Error(`fixture ${name} records a failure`);
  return reply.data;
}

/**
 * With RECORD_SIDEBAR_FIXTURES=1 (`RECORD_SIDEBAR_FIXTURES=1 npx jest sidebar`),
 * the integration tests write what the bundle answered as the fixture the browser test plays.
 */
export function recordFixture(name: FixtureName, reply: unknown): void {
  if (process.env.RECORD_SIDEBAR_FIXTURES === '1') writeFileSync(join(FIXTURE_DIR, `${name}.json`), `${JSON.stringify(reply, null, 1)}\n`);
}

/** The data of a reply the test expects to succeed. */
export function replyData<T>(reply: SidebarReply<T>): T {
  if (!reply.ok) throw new Error(`expected a success, got ${reply.error.kind}: ${reply.error.message}`);
  return reply.data;
}
