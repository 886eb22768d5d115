import type { DesiredEvent } from './eventSpan';
import { type EventMark, eventHash, parseMarkText } from './eventMarker';

/** What the calendar holds, as far as the diff needs it: one getDescription and one getTag. */
export interface ExistingEvent {
  readonly id: string;
  readonly description: string;
  /** Value of the MARK_TAG tag, null when absent. */
  readonly tag: string | null;
}

export interface PlannedEvent {
  readonly desired: DesiredEvent;
  readonly hash: string;
}

export interface EventUpdate extends PlannedEvent {
  readonly event: ExistingEvent;
  /**
   * Only the tag is missing or stale (a run stopped between createEvent and setTag): the
   * content is already right, so only setTag is called.
   */
  readonly tagOnly: boolean;
}

export interface EventDeletion {
  readonly event: ExistingEvent;
  readonly key: string;
  /** removed: its plan row is gone; duplicate: another event of ours has the same key. */
  readonly reason: 'removed' | 'duplicate';
}

export interface CalendarDiff {
  readonly creates: readonly PlannedEvent[];
  readonly updates: readonly EventUpdate[];
  readonly deletes: readonly EventDeletion[];
  readonly unchanged: readonly (PlannedEvent & { readonly event: ExistingEvent })[];
  /** Rows whose 计划编号 another row already uses; not synced. */
  readonly duplicateKeys: readonly DesiredEvent[];
  /** Events without our mark, or ours from another plan year: left exactly as they are. */
  readonly untouched: number;
}

export interface DiffScope {
  /** Our events of this plan year whose row is gone are deleted; other years' are left alone. */
  readonly planYear: number;
  /** Keys of rows that exist but could not be read this time (bad dates …): keep their events. */
  readonly heldKeys?: ReadonlySet<string>;
}

interface Ours {
  readonly event: ExistingEvent;
  readonly mark: EventMark;
  /** The description still carries the marker (the tag alone does not prove the content). */
  readonly marked: boolean;
}

/**
 * Desired events (from the sheet) against the calendar's events → the change list. Events are
 * matched by key, never by 日历事件ID alone, so a lost ID column is recovered from the calendar
 * instead of creating duplicates. Unchanged rows cost nothing.
 */
export function calendarDiff(desired: readonly DesiredEvent[], existing: readonly ExistingEvent[], scope: DiffScope): CalendarDiff {
  const byKey = new Map<string, Ours[]>();
  let untouched = 0;
  for (const event of existing) {
    const fromDescription = parseMarkText(event.description);
    const mark = fromDescription ?? parseMarkText(event.tag);
    if (!mark) {
      untouched++;
      continue;
    }
    const list = byKey.get(mark.key) ?? [];
    list.push({ event, mark, marked: fromDescription !== null });
    byKey.set(mark.key, list);
  }

  const creates: PlannedEvent[] = [];
  const updates: EventUpdate[] = [];
  const unchanged: (PlannedEvent & { event: ExistingEvent })[] = [];
  const deletes: EventDeletion[] = [];
  const duplicateKeys: DesiredEvent[] = [];
  const seen = new Set<string>();

  for (const d of desired) {
    if (seen.has(d.key)) {
      duplicateKeys.push(d);
      continue;
    }
    seen.add(d.key);
    const hash = eventHash(d);
    const candidates = byKey.get(d.key) ?? [];
    byKey.delete(d.key);
    if (candidates.length === 0) {
      creates.push({ desired: d, hash });
      continue;
    }
    const keep = pickKeeper(candidates, d.knownEventId, hash);
    for (const c of candidates) if (c !== keep) deletes.push({ event: c.event, key: d.key, reason: 'duplicate' });
    const contentRight = keep.marked && keep.mark.hash === hash;
    const tag = parseMarkText(keep.event.tag);
    const tagRight = tag !== null && tag.key === d.key && tag.hash === hash;
    if (contentRight && tagRight) unchanged.push({ desired: d, hash, event: keep.event });
    else updates.push({ desired: d, hash, event: keep.event, tagOnly: contentRight });
  }

  const prefix = `${scope.planYear}-`;
  for (const [key, list] of byKey) {
    if (scope.heldKeys?.has(key) || !key.startsWith(prefix)) {
      untouched += list.length;
      continue;
    }
    for (const c of list) deletes.push({ event: c.event, key, reason: 'removed' });
  }
  return { creates, updates, deletes, unchanged, duplicateKeys, untouched };
}

/** The event the row keeps: the one its 日历事件ID names, else one already up to date, else the first. */
function pickKeeper(candidates: readonly Ours[], knownId: string, hash: string): Ours {
  return candidates.find((c) => knownId !== '' && c.event.id === knownId)
    ?? candidates.find((c) => c.marked && c.mark.hash === hash)
    ?? candidates[0];
}
