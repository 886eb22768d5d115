// The .ics ledger in document properties: read before an export, saved after it (icsLedger).
import { type PropertyStore, readChunked, writeChunked } from '../kernel/properties/chunkedProperty';
import type { Settings } from '../kernel/sheets/settings';
import { isValidEmail } from '../kernel/values/emailAddress';
import {
  ICS_LEDGER_PROPERTY, type IcsIdentity, type IcsLedger, IcsLedgerError, type IcsYearRecord,
  icsYearProperty, parseLedger, parseYearRecord, serializeLedger, serializeYearRecord,
} from './icsLedger';

type Props = PropertyStore & Pick<GoogleAppsScript.Properties.Properties, 'getKeys'>;

/** 设置 item read by the offline runner as the From address (runner/senderAddress.ts). */
const SENDER_SETTING = '发件邮箱';

export function icsLedgerRead(props: Props, planYear: number): { ledger: IcsLedger | null; record: IcsYearRecord } {
  const read = (key: string) => {
    try {
      return readChunked(props, key);
    } catch (e) {
      throw new IcsLedgerError(`日历导出记录已损坏（${(e as Error).message}），为避免日历应用中出现重复或残留的事件，已停止导出。请联系维护人员。`);
    }
  };
  return { ledger: parseLedger(read(ICS_LEDGER_PROPERTY)), record: parseYearRecord(planYear, read(icsYearProperty(planYear))) };
}

/**
 * The year's record first, then the ledger: a run cut in between the two on the first export
 * leaves no ledger, and the next export makes it again from the same rows, keeping every UID.
 */
export function icsLedgerSave(props: Props, planYear: number, identity: IcsIdentity): void {
  writeChunked(props, icsYearProperty(planYear), serializeYearRecord(planYear, identity.record));
  writeChunked(props, ICS_LEDGER_PROPERTY, serializeLedger(identity.ledger));
  // Records two plan years old are no longer exported: dropped, so the store stays bounded.
  const stale = new RegExp(`^${ICS_LEDGER_PROPERTY.replace('.', '\\.')}\\.(\\d{4})(#\\d+)?$`);
  for (const key of props.getKeys()) {
    const m = stale.exec(key);
    if (m && Number(m[1]) < planYear - 1) props.deleteProperty(key);
  }
}

/** The union as ORGANIZER: 设置!发件邮箱, else 回复地址; null when neither is a usable address. */
export function icsOrganizer(settings: Settings, unitName: string): { email: string; name: string } | null {
  const email = [settings.raw[SENDER_SETTING] ?? '', settings.replyTo].map((s) => s.trim()).find((s) => s !== '' && isValidEmail(s));
  return email ? { email, name: unitName } : null;
}
