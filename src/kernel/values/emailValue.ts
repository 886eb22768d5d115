import { emailProblem } from './emailAddress';
import { type Cell, cellText } from './cell';

export type EmailValue =
  | { readonly ok: true; readonly email: string }
  | { readonly ok: false; readonly email: string; readonly reason: string };

/** A member's address, trimmed; blank is '' and ok (the caller decides what no address means). */
export function readEmail(v: Cell | undefined): EmailValue {
  const email = cellText(v);
  if (email === '') return { ok: true, email };
  const bad = emailProblem(email);
  return bad ? { ok: false, email, reason: bad } : { ok: true, email };
}

/** Mailboxes are case-insensitive in practice: SAME@x.cn and same@x.cn reach one person. */
export function mailboxKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Groups of people sharing one mailbox (two or more each), in first-seen order. */
export function sharedMailboxes<T>(people: readonly T[], emailOf: (p: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const p of people) {
    const key = mailboxKey(emailOf(p));
    if (key === '') continue;
    const g = groups.get(key);
    if (g) g.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
