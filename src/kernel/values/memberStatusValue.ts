import type { MemberStatus } from '../members/member';
import { MEMBER_STATUS } from '../sheets/schema';
import type { Cell } from './cell';
import { readClosedList } from './closedList';

export type StatusValue = { readonly ok: true; readonly status: MemberStatus } | { readonly ok: false; readonly reason: string };

/** 会员状态 with every synonym import knows (在职 → 在册, 已退休 → 退休, 调离 → 离校); blank is 在册. */
export function readMemberStatus(v: Cell | undefined): StatusValue {
  const read = readClosedList('会员状态', MEMBER_STATUS, v);
  if (!read.ok) return read;
  return { ok: true, status: (read.value || '在册') as MemberStatus };
}
