import { halfWidth } from './halfWidth';

/**
 * A phone number in the one form it is stored and compared in: no spaces, dashes, dots or
 * brackets, and no +86/0086 country code before a mainland mobile number, so
 * `+86 139 1010 4729`, ` 139-1010-4729 ` and `13910104729` are the same number. Anything else
 * (extensions, letters) is kept as typed: a phone is text, never refused.
 */
export function normalisePhone(text: string): string {
  const compact = halfWidth(text).trim().replace(/[\s\-.()（）]/g, '');
  const mobile = /^(?:\+?86|0086)(1\d{10})$/.exec(compact);
  return mobile ? mobile[1] : compact;
}
