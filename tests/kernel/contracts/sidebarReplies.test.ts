import { fromActionResult, ok, refusal, sidebarCall } from '../../../src/kernel/contracts/sidebarReplies';

describe('server replies to the sidebar', () => {
  it('an action that finished gives its view', () => {
    expect(fromActionResult({ status: 'done', message: '完成', problems: [], data: { n: 2 } }, (d) => ({ count: d.n }))).toEqual({ ok: true, data: { count: 2 } });
  });
  it('an action that stopped gives the reason and the problems, each clickable', () => {
    expect(fromActionResult({ status: 'problems', message: '数据有 1 处问题', problems: [{ sheet: '帮扶台账', row: 7, column: '自付金额', message: '“abc”不是金额' }] }, () => 1)).toEqual({
      ok: false,
      error: { kind: 'problems', message: '数据有 1 处问题', problems: [{ text: '帮扶台账!7 自付金额: “abc”不是金额', sheet: '帮扶台账', row: 7, blocking: true }] },
    });
    // A warning among what stopped the action is listed as stopping it too, as the sidebar always showed it.
    expect(fromActionResult({ status: 'problems', message: '核算未进行', problems: [{ sheet: '帮扶标准', message: '档位之间有空档', severity: 'warning' }] }, () => 1)).toMatchObject({
      error: { problems: [{ text: '帮扶标准: 档位之间有空档', sheet: '帮扶标准', row: null, blocking: true }] },
    });
    expect(fromActionResult({ status: 'locked', message: '另一项操作正在运行', problems: [] }, () => 1)).toEqual(refusal('locked', '另一项操作正在运行'));
  });
  it('an exception becomes a Chinese sentence, logged for the maintainer', () => {
    const logged: unknown[] = [];
    const reply = sidebarCall(() => {
      throw new Error('Cannot read properties of null');
    }, (e) => logged.push(e));
    expect(reply).toEqual({ ok: false, error: { kind: 'failed', message: '操作没有完成：Cannot read properties of null。工作簿中已完成的部分可以安全地再次运行。', problems: [] } });
    expect(logged).toHaveLength(1);
    expect(sidebarCall(() => ok(3))).toEqual({ ok: true, data: 3 });
  });
});
