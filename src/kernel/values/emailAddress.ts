// Addresses are checked before a send so a typo becomes a named problem in the preview instead of
// a MailApp exception halfway through a campaign. The rule is deliberately plain (one address,
// ASCII local part and a dotted domain), which is what MailApp itself accepts.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** Why `text` is not a usable single address, in Chinese; null when it is one. */
export function emailProblem(text: string): string | null {
  const s = text.trim();
  if (s === '') return '邮箱为空';
  if (/[＠．，；。]/.test(s)) return `邮箱“${s}”含有全角符号，请改用半角的 @ 和 .`;
  if (/[\s,;]/.test(s)) return `邮箱“${s}”含有空格或分隔符，每位会员只能填写一个邮箱`;
  const at = s.split('@');
  if (at.length !== 2) return `邮箱“${s}”${at.length < 2 ? '缺少 @' : '含有多个 @'}`;
  const [local, domain] = at;
  if (local.length === 0 || local.length > 64 || !LOCAL.test(local)) return `邮箱“${s}”中 @ 前面的部分不正确`;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || !/^[A-Za-z]{2,}$/.test(labels[labels.length - 1])) {
    return `邮箱“${s}”中 @ 后面的域名不正确`;
  }
  return null;
}

export function isValidEmail(text: string): boolean {
  return emailProblem(text) === null;
}
