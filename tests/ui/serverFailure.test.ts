import { describeFailure, readReply } from '../../src/ui/serverFailure';

describe('what the clerk reads when the server fails', () => {
  it('Apps Script’s own English errors become Chinese advice', () => {
    expect(describeFailure(new Error('Exception: Exceeded maximum execution time')).message).toBe('操作运行时间过长被 Google 中止。已完成的部分已保存，重新运行即可继续。');
    expect(describeFailure({ message: 'NetworkError: Connection failure due to HTTP 0' }).message).toMatch(/^与服务器的连接中断了/);
    expect(describeFailure(new Error('ScriptError: Authorization is required to perform that action.')).message).toMatch(/^需要重新授权/);
    expect(describeFailure(new Error('Service invoked too many times for one day: email.')).message).toMatch(/配额/);
    expect(describeFailure(new Error('Lock timeout: another process was holding the lock for too long.')).message).toBe('另一项操作正在运行，请等它结束后再试。');
  });
  it('PERMISSION_DENIED (several Google accounts signed in) asks for a single-account window, not re-authorising', () => {
    // As google.script.run's failure handler gets it (enuchi/React-Google-Apps-Script#46) and as
    // the raw response carries it, without the ScriptError prefix (mootoday/google-docs-addon-svelte-template#3).
    const shapes = [
      new Error("ScriptError: We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED."),
      { name: 'ScriptError', message: "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED." },
      'PERMISSION_DENIED',
      // A zh-CN clerk's message is localised (this wording is illustrative), the code is not: it is
      // still recognised, not shown as one of our own Chinese messages.
      new Error('ScriptError: 很抱歉，读取存储空间时发生服务器错误。错误代码 PERMISSION_DENIED。'),
    ];
    for (const e of shapes) {
      const { message } = describeFailure(e);
      expect(message).toMatch(/多个 Google 账号/);
      expect(message).toMatch(/只登录一个 Google 账号的窗口/);
      expect(message).toMatch(/无痕\/隐身窗口/);
      expect(message).not.toMatch(/按提示授权/);
    }
  });
  it('a lock timeout says another operation runs; too many lock operations is a rate limit', () => {
    expect(describeFailure(new Error('Exception: Lock timeout: another process was holding the lock for too long.')).message).toBe('另一项操作正在运行，请等它结束后再试。');
    expect(describeFailure(new Error('Exception: There are too many LockService operations against the same script.')).message).toBe('超出了 Google 的调用配额或频率限制，请稍后再试。');
  });
  it('authorisation required names both remedies: authorise, or use a single-account window', () => {
    const { message } = describeFailure(new Error('ScriptError: Authorization is required to perform that action.'));
    expect(message).toMatch(/按提示授权/);
    expect(message).toMatch(/多个 Google 账号/);
  });
  it('our own Chinese messages are shown as they are', () => {
    expect(describeFailure(new Error('Exception: 设置!管理员 中没有您的邮箱，不能发送')).message).toBe('设置!管理员 中没有您的邮箱，不能发送');
  });
  it('anything else is still a Chinese sentence, with the original words for the maintainer', () => {
    const e = describeFailure(new TypeError("Cannot read properties of undefined (reading 'getRange')"));
    expect(e).toEqual({
      kind: 'failed',
      message: "服务器出错，操作没有完成（Cannot read properties of undefined (reading 'getRange')）。请稍后重试；如果一再出现，请把这句话告诉维护人员。",
      problems: [],
    });
    expect(describeFailure(undefined).message).toBe('服务器没有给出原因就失败了，请稍后重试。');
    expect(describeFailure('').message).toBe('服务器没有给出原因就失败了，请稍后重试。');
  });
});

describe('reading a reply', () => {
  it('passes a success and a refusal through', () => {
    expect(readReply({ ok: true, data: { sheet: '帮扶台账', row: 3 } })).toEqual({ ok: true, data: { sheet: '帮扶台账', row: 3 } });
    const refusal = { ok: false, error: { kind: 'locked', message: '另一项操作正在运行', problems: [] } };
    expect(readReply(refusal)).toEqual(refusal);
  });
  it('never leaves the sidebar blank on a reply that is not one', () => {
    for (const raw of [undefined, null, 'ok', 42, {}, { ok: true }, { ok: true, data: null }, { ok: false }]) {
      const r = readReply(raw);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const blank = readReply({ ok: false, error: { kind: 'refused', message: ' ' } });
    expect(blank).toEqual({ ok: false, error: { kind: 'refused', message: '操作没有完成，服务器没有说明原因。', problems: [] } });
  });
});
