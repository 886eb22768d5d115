import { readdirSync } from 'node:fs';
import { SIDEBAR_FUNCTIONS } from '../../../src/kernel/contracts/sidebarContract';
import { FIXTURE_DIR, FIXTURES, type FixtureName, fixtureData, fixtureReply } from '../../support/sidebarFixtures';
import { replyErrors } from '../../support/sidebarShapes';

describe('the sidebar contract', () => {
  it('names each server function once', () => {
    expect(new Set(SIDEBAR_FUNCTIONS).size).toBe(SIDEBAR_FUNCTIONS.length);
    for (const fn of SIDEBAR_FUNCTIONS) expect(fn).toMatch(/^sidebar[A-Z]\w+$/);
  });

  it('every recorded reply the browser test plays back is a reply the contract allows', () => {
    const files = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(Object.keys(FIXTURES).sort());
    for (const name of files as FixtureName[]) {
      expect({ name, errors: replyErrors(FIXTURES[name], fixtureReply(name)) }).toEqual({ name, errors: [] });
    }
  });

  it('the shape check notices what the sidebar could not show', () => {
    const data = fixtureData('sendProgress');
    expect(replyErrors('sidebarSendProgress', { ok: true, data })).toEqual([]);
    expect(replyErrors('sidebarSendProgress', { ok: true, data: { ...data, sent: undefined } })).toEqual(['$.data.sent: undefined (google.script.run drops it; use null)']);
    expect(replyErrors('sidebarSendProgress', { ok: true, data: { ...data, phase: 'paused' } })[0]).toMatch(/^\$\.data\.phase: expected one of idle\/sending\/stopped\/done/);
    expect(replyErrors('sidebarSendProgress', { ok: true, data: { ...data, sent: 1.5 } })).toEqual(['$.data.sent: expected an integer, got 1.5']);
    expect(replyErrors('sidebarSendProgress', { ok: true, data: { ...data, extra: 1 } })).toEqual(['$.data.extra: not in the contract']);
    expect(replyErrors('sidebarSendProgress', { ok: false, error: { kind: 'locked', message: '另一项操作正在运行', problems: [] } })).toEqual([]);
    expect(replyErrors('sidebarSendProgress', null)).toHaveLength(1);
  });
});
