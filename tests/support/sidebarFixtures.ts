// The recorded sidebar replies under tests/fixtures/sidebar/, typed by the call they answer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SidebarData, SidebarFunction, SidebarReply } from '../../src/ui/sidebarContract';

export const FIXTURE_DIR = join(__dirname, '..', 'fixtures', 'sidebar');

/**
 * Which call each fixture file answers. All but the calendar's are recorded from the bundle on
 * the sample workbook (RECORD_SIDEBAR_FIXTURES=1, see tests/actions/sidebar*.test.ts).
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
