import { parseDateText } from '../../src/core/parseDateText';

describe('dates typed as text in a plan or roster cell', () => {
  it.each([
    ['2023-06-20', '2023-06-20', null],
    ['2023/6/2', '2023-06-02', null],
    ['2023.06.20', '2023-06-20', null],
    ['2023年6月20日', '2023-06-20', null],
    ['2023-04-28 09:00', '2023-04-28', '09:00'],
    ['2024-02-29', '2024-02-29', null],
  ])('%s', (text, date, time) => {
    expect(parseDateText(text)).toEqual({ date, time });
  });

  it.each(['2023-02-29', '2023-13-01', '下周一', '2023-06-20 25:00', '20230620x'])('rejects %s', (text) => {
    expect(parseDateText(text)).toBeNull();
  });
});
