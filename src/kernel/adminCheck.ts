/**
 * 设置!管理员: when the list is set, only those users may run the sending, sync and aid
 * actions — and a user Apps Script cannot identify (empty email) is refused too, since nobody
 * can tell whether they are on the list.
 */
export function adminRefusal(admins: readonly string[], userEmail: string): string | null {
  if (admins.length === 0) return null;
  const me = userEmail.trim().toLowerCase();
  if (me === '') return '设置中已指定管理员，但无法识别您的账号（Google 未提供您的邮箱地址），因此不能执行此操作。请用管理员账号登录后再试。';
  if (!admins.includes(me)) return `只有设置中的管理员（${admins.join('、')}）可以执行此操作，您当前的账号是 ${me}。`;
  return null;
}
