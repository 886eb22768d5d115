import type { Audience, Recipient } from '../../src/notices/audience';
import { decodeJournal, unflushed } from '../../src/kernel/journal/sendJournal';
import { planSends } from '../../src/notices/sendPlan';
import { latestStates, type SendRecord } from '../../src/kernel/journal/sendRecord';
import { runSends, type SendEffects, type SendRunOutcome } from '../../src/notices/sendRun';

// The at-most-once story, told with a world the test controls: 发送记录 is a list of rows, the
// document property is a string, MailApp is a list of delivered mails. A crash at any step stops
// the world there: nothing after it is persisted.

const CAMPAIGN = '2023-端午';

function person(i: number): Recipient {
  const id = String(1000 + i);
  return { memberId: id, name: `会员${i}`, email: `m${i}@example.edu.cn`, sheet: '会员名册', row: i + 2, emailAt: { sheet: '会员名册', row: i + 2 }, sources: [] };
}

function audienceOf(n: number, skippedIds: number[] = []): Audience {
  const people = Array.from({ length: n }, (_, i) => person(i));
  return {
    recipients: people.filter((_, i) => !skippedIds.includes(i)),
    skipped: people.filter((_, i) => skippedIds.includes(i)).map((p) => ({ ...p, email: '', reason: '会员名册中没有邮箱' })),
    problems: [],
  };
}

class Crash extends Error {}

class World {
  sheet: SendRecord[] = [];
  property = '';
  delivered: string[] = [];
  calls = 0;
  logWrites = 0;
  private dead = false;
  private clock = 0;

  constructor(private readonly crashAtCall = Infinity, private readonly failFor: ReadonlySet<string> = new Set()) {}

  private step(): void {
    if (this.dead) throw new Crash('dead');
    if (++this.calls === this.crashAtCall) {
      this.dead = true;
      throw new Crash('crash');
    }
  }

  effects(timeBudget = Infinity): SendEffects {
    let deliveries = 0;
    return {
      now: () => `2023-06-09 09:${String(Math.floor(this.clock / 60)).padStart(2, '0')}:${String(this.clock++ % 60).padStart(2, '0')}`,
      deliver: (r) => {
        this.step();
        if (this.failFor.has(r.memberId)) throw new Error(`Invalid email: ${r.email}`);
        this.delivered.push(r.memberId);
        deliveries++;
      },
      saveJournal: (encoded) => {
        this.step();
        this.property = encoded;
      },
      appendLog: (records) => {
        this.step();
        this.sheet.push(...records);
        this.logWrites++;
      },
      timeLeft: () => deliveries < timeBudget,
    };
  }

  /** What the next run reads: 发送记录, plus the journal records the sheet lacks. */
  run(audience: Audience, allowance = Infinity, timeBudget = Infinity, batchSize?: number): SendRunOutcome {
    const journal = decodeJournal(this.property);
    if (!journal.ok) throw new Error(journal.reason);
    const recovered = unflushed(this.sheet, journal.records);
    const latest = latestStates([...this.sheet, ...recovered]);
    const plan = planSends(CAMPAIGN, audience, latest);
    return runSends({ plan, allowance, operator: 'clerk@example.edu.cn', recovered, batchSize }, this.effects(timeBudget));
  }

  latest(): Map<string, SendRecord> {
    const journal = decodeJournal(this.property);
    if (!journal.ok) throw new Error(journal.reason);
    return latestStates([...this.sheet, ...unflushed(this.sheet, journal.records)]);
  }
}

const count = (ids: string[], id: string) => ids.filter((x) => x === id).length;

describe('sending a campaign at most once per member', () => {
  it('sends everyone once, records 已发送 in batches, and a second run sends nothing', () => {
    const world = new World();
    const audience = audienceOf(20);
    const first = world.run(audience, Infinity, Infinity, 8);
    expect(first).toMatchObject({ stoppedBy: 'done', left: 0, logWrites: 3 });
    expect(world.delivered).toHaveLength(20);
    expect(world.sheet.map((r) => r.state)).toEqual(Array(20).fill('已发送'));
    expect(world.property).toBe('');
    const second = world.run(audience);
    expect(second.sent).toEqual([]);
    expect(world.delivered).toHaveLength(20);
    expect(world.logWrites).toBe(3);
  });

  it('survives a crash at every single step: each member gets exactly one mail, except at most one left 发送中 with at most one', () => {
    const audience = audienceOf(20, [3]);
    const clean = new World();
    clean.run(audience, Infinity, Infinity, 6);
    const steps = clean.calls;
    expect(steps).toBeGreaterThan(40);
    let crashesMidSend = 0;
    for (let k = 1; k <= steps; k++) {
      const world = new World(k);
      expect(() => world.run(audience, Infinity, Infinity, 6)).toThrow(Crash);
      const inFlightAfterCrash = [...world.latest().values()].filter((r) => r.state === '发送中');
      expect(inFlightAfterCrash.length).toBeLessThanOrEqual(1);
      crashesMidSend += inFlightAfterCrash.length;

      const rerun = new World();
      Object.assign(rerun, { sheet: [...world.sheet], property: world.property });
      const outcome = rerun.run(audience, Infinity, Infinity, 6);
      const delivered = [...world.delivered, ...rerun.delivered];
      const latest = rerun.latest();
      const inFlight = [...latest.values()].filter((r) => r.state === '发送中').map((r) => r.memberId);
      expect(inFlight).toEqual(inFlightAfterCrash.map((r) => r.memberId));
      for (const p of audience.recipients) {
        if (inFlight.includes(p.memberId)) expect(count(delivered, p.memberId)).toBeLessThanOrEqual(1);
        else {
          expect(count(delivered, p.memberId)).toBe(1);
          expect(latest.get(`${CAMPAIGN}\u0000${p.memberId}`)!.state).toBe('已发送');
        }
      }
      expect(latest.get(`${CAMPAIGN}\u00001003`)!.state).toBe('跳过');
      expect(outcome.stoppedBy).toBe('done');
      // A crash between a flush's append and the journal clear never duplicates rows.
      const keys = rerun.sheet.map((r) => JSON.stringify([r.time, r.memberId, r.state]));
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(crashesMidSend).toBeGreaterThanOrEqual(2 * 19);
  });

  it('stops at the allowance and sends the rest on the next run', () => {
    const world = new World();
    const audience = audienceOf(12);
    expect(world.run(audience, 5)).toMatchObject({ stoppedBy: 'quota', left: 7 });
    expect(world.delivered).toHaveLength(5);
    expect(world.run(audience, 5)).toMatchObject({ stoppedBy: 'quota', left: 2 });
    expect(world.run(audience, 5)).toMatchObject({ stoppedBy: 'done', left: 0 });
    expect(new Set(world.delivered).size).toBe(12);
    expect(world.delivered).toHaveLength(12);
  });

  it('stops cleanly when the time budget is spent, with nothing left 发送中', () => {
    const world = new World();
    const outcome = world.run(audienceOf(10), Infinity, 4);
    expect(outcome).toMatchObject({ stoppedBy: 'time', left: 6 });
    expect([...world.latest().values()].map((r) => r.state)).toEqual(Array(4).fill('已发送'));
    expect(world.property).toBe('');
  });

  it('records a rejected address as 失败, goes on, and retries it on the next run', () => {
    const failing = new World(Infinity, new Set(['1002']));
    const audience = audienceOf(5);
    const outcome = failing.run(audience);
    expect(outcome.failed.map((f) => f.recipient.memberId)).toEqual(['1002']);
    expect(outcome.failed[0].note).toBe('未发出：Invalid email: m2@example.edu.cn');
    expect(failing.delivered).toHaveLength(4);
    const fixed = new World();
    Object.assign(fixed, { sheet: failing.sheet });
    expect(fixed.run(audience).sent.map((r) => r.memberId)).toEqual(['1002']);
  });

  it('an error that does not prove the mail stayed unsent leaves it 发送中 and stops the run', () => {
    const world = new World();
    const fx = world.effects();
    let n = 0;
    const outcome = runSends(
      { plan: planSends(CAMPAIGN, audienceOf(5), new Map()), allowance: Infinity, operator: 'x', recovered: [] },
      { ...fx, deliver: (r) => { if (++n === 3) throw new Error('Service unavailable: Gmail'); fx.deliver(r); } },
    );
    expect(outcome.stoppedBy).toBe('uncertain');
    expect(outcome.uncertain!.recipient.memberId).toBe('1002');
    expect(world.sheet.map((r) => r.state)).toEqual(['已发送', '已发送', '发送中']);
    expect(world.sheet[2].note).toContain('无法确定是否已发出');
    expect(planSends(CAMPAIGN, audienceOf(5), world.latest()).inFlight.map((r) => r.memberId)).toEqual(['1002']);
  });

  it('a quota error from MailApp is a 失败 that stops the run', () => {
    const world = new World();
    const fx = world.effects();
    const outcome = runSends(
      { plan: planSends(CAMPAIGN, audienceOf(5), new Map()), allowance: Infinity, operator: 'x', recovered: [] },
      { ...fx, deliver: () => { throw new Error('Service invoked too many times for one day: email.'); } },
    );
    expect(outcome).toMatchObject({ stoppedBy: 'quota', left: 4 });
    expect(world.sheet.map((r) => [r.state, r.note])).toEqual([['失败', '今日发信额度已用完，未发出：Service invoked too many times for one day: email.']]);
  });

  it('records each skipped member once, with the reason, and sends them once they have an address', () => {
    const world = new World();
    world.run(audienceOf(4, [1]));
    world.run(audienceOf(4, [1]));
    expect(world.sheet.filter((r) => r.state === '跳过').map((r) => [r.memberId, r.note])).toEqual([['1001', '会员名册中没有邮箱']]);
    const outcome = world.run(audienceOf(4));
    expect(outcome.sent.map((r) => r.memberId)).toEqual(['1001']);
  });

  it('keeps the journal well under the 9 kB property limit whatever the batch size', () => {
    const world = new World();
    let largest = 0;
    const fx = world.effects();
    const long = audienceOf(300).recipients.map((r) => ({ ...r, name: '欧阳'.repeat(20), email: `${'x'.repeat(50)}@example.edu.cn` }));
    runSends(
      { plan: planSends(CAMPAIGN, { recipients: long, skipped: [], problems: [] }, new Map()), allowance: Infinity, operator: 'x'.repeat(40), recovered: [], batchSize: 1000 },
      { ...fx, saveJournal: (e) => { largest = Math.max(largest, Buffer.byteLength(e)); fx.saveJournal(e); } },
    );
    expect(largest).toBeLessThan(9 * 1024);
    expect(world.delivered).toHaveLength(300);
  });
});
