import { type EditorChanges, editorChanges } from '../setup/protectionEditors';

/**
 * Protects a whole sheet so that only `admins` (and the user running this) can edit it. Sheet
 * protection limits editing, not viewing. Re-running updates the existing protection in place
 * (Sheet.protect() returns it). Adding before removing follows Google's advice: removing a group
 * through which the running user may edit would otherwise fail.
 */
export function protectSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, description: string, admins: readonly string[], session: GoogleAppsScript.Base.Session = Session): EditorChanges {
  const protection = sheet.protect().setDescription(description);
  protection.setWarningOnly(false);
  const me = (session.getEffectiveUser().getEmail() || '').trim().toLowerCase();
  const changes = editorChanges(protection.getEditors().map((u) => u.getEmail()), admins, me);
  if (changes.add.length) protection.addEditors([...changes.add]);
  if (changes.remove.length) protection.removeEditors([...changes.remove]);
  // Only a Google Workspace spreadsheet has a domain to shut out; elsewhere this is already false.
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  return changes;
}
