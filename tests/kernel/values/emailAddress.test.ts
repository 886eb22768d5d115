import { emailProblem, isValidEmail } from '../../../src/kernel/values/emailAddress';

describe('member addresses', () => {
  it('accepts ordinary addresses', () => {
    for (const a of ['t001000@example.edu.cn', 'li.yong+union@sicau.edu.cn', 'A_B-c@mail.example.com']) expect(isValidEmail(a)).toBe(true);
  });

  it('names what is wrong with a malformed one', () => {
    expect(emailProblem('liu.min@example')).toBe('邮箱“liu.min@example”中 @ 后面的域名不正确');
    expect(emailProblem('liu.min.example.com')).toBe('邮箱“liu.min.example.com”缺少 @');
    expect(emailProblem('a@b@example.com')).toBe('邮箱“a@b@example.com”含有多个 @');
    expect(emailProblem('li＠example.com')).toBe('邮箱“li＠example.com”含有全角符号，请改用半角的 @ 和 .');
    expect(emailProblem('a@example.com, b@example.com')).toBe('邮箱“a@example.com, b@example.com”含有空格或分隔符，每位会员只能填写一个邮箱');
    expect(emailProblem('.a@example.com')).toBe('邮箱“.a@example.com”中 @ 前面的部分不正确');
    expect(emailProblem('a@-example.com')).toBe('邮箱“a@-example.com”中 @ 后面的域名不正确');
    expect(emailProblem('')).toBe('邮箱为空');
  });
});
