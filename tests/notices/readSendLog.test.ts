import { formatProblem } from '../../src/kernel/problem';
import { wallClock } from '../../src/kernel/values/cell';
import { latestStates, sendKey } from '../../src/kernel/journal/sendRecord';
import { readSendLog } from '../../src/notices/readSendLog';
import { SEND_LOG_SPEC } from '../../src/kernel/sheets/schema';

const header = SEND_LOG_SPEC.columns.map((c) => c.header);

describe('发送记录', () => {
  it('reads rows in order, times as wall-clock text, rows typed by a clerk included', () => {
    const { records, problems } = readSendLog([
      header,
      [wallClock('2023-06-09', '09:00:01'), '2023-端午', '001000', '王秀英', 't001000@example.edu.cn', '发送中', '', 'clerk@example.edu.cn'],
      ['2023-06-09 10:00', '2023-端午', '001000', '王秀英', 't001000@example.edu.cn', '已发送', '核实已收到', 'clerk@example.edu.cn'],
    ]);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.time, r.state])).toEqual([['2023-06-09 09:00:01', '发送中'], ['2023-06-09 10:00:00', '已发送']]);
  });

  it('reads 类型: blank is 通知, 催领 is a reminder with its own key, anything else blocks that campaign', () => {
    const { records, unreadable } = readSendLog([
      header,
      ['2023-06-09 10:00', '2023-端午', '001000', '王秀英', '', '已发送', '', '', ''],
      ['2023-06-19 09:00', '2023-端午', '001000', '王秀英', '', '发送中', '', '', '催领'],
      ['2023-06-19 09:00', '2023-端午', '001017', '李勇', '', '已发送', '', '', '通知'],
      ['2023-06-19 09:00', '2023-中秋', '001017', '李勇', '', '已发送', '', '', '催'],
    ]);
    const latest = latestStates(records);
    expect(latest.get(sendKey('2023-端午', '001000', '通知'))?.state).toBe('已发送');
    expect(latest.get(sendKey('2023-端午', '001000', '催领'))?.state).toBe('发送中');
    expect(records.map((r) => r.kind ?? '通知')).toEqual(['通知', '催领', '通知']);
    expect(unreadable.get('2023-中秋')!.map(formatProblem)).toEqual(['发送记录!5 类型: 应为 通知、催领 之一，现为“催”；改正之前不会发送活动“2023-中秋”']);
  });

  it('an unreadable 状态 blocks that campaign instead of being taken for “not sent”', () => {
    const { records, problems, unreadable } = readSendLog([
      header,
      ['2023-06-09 10:00', '2023-端午', '001000', '王秀英', '', '已发', '', ''],
      ['2023-06-09 10:00', '', '001000', '王秀英', '', '已发送', '', ''],
    ]);
    expect(records).toEqual([]);
    expect([...unreadable.keys()]).toEqual(['2023-端午']);
    expect(unreadable.get('2023-端午')!.map(formatProblem)).toEqual(['发送记录!2 状态: 应为 发送中、已发送、失败、跳过 之一，现为“已发”；改正之前不会发送活动“2023-端午”']);
    expect(problems.map(formatProblem)).toEqual(['发送记录!3 活动ID: 活动ID或工号为空，这一行不计入发送状态']);
  });
});
