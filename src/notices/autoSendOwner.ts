// Who turned automatic sending on. A time-driven trigger belongs to the Google account that
// created it: ScriptApp.getProjectTriggers() shows each clerk only their own, and only its owner
// can delete it. So the workbook itself (a document property) records the owner, and a switch
// every clerk can turn off, which the owner's trigger obeys.
const PROPERTY = 'UnionDesk.autoSendOwner';

export interface AutoSendOwner {
  readonly owner: string;
  readonly since: string;
  /** Turned off by another clerk (who could not delete the owner's trigger): who and when. */
  readonly offBy?: string;
}

export function readAutoSendOwner(properties: GoogleAppsScript.Properties.Properties): AutoSendOwner | null {
  const text = properties.getProperty(PROPERTY);
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as AutoSendOwner;
    return typeof parsed.owner === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

export function writeAutoSendOwner(owner: AutoSendOwner, properties: GoogleAppsScript.Properties.Properties): void {
  properties.setProperty(PROPERTY, JSON.stringify(owner));
}

export function clearAutoSendOwner(properties: GoogleAppsScript.Properties.Properties): void {
  properties.deleteProperty(PROPERTY);
}

/** The trigger of `user` may send: nobody else owns automatic sending and nobody turned it off. */
export function ownsAutoSend(record: AutoSendOwner | null, user: string): boolean {
  return record === null || (record.owner === user && record.offBy === undefined);
}

/** "A（a@…）" style: the address alone, or a placeholder when Google hides it. */
export function ownerName(email: string): string {
  return email || '另一位同事（Google 未提供其邮箱）';
}
