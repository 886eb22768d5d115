/** The clerk's email, lower-cased; '' when Apps Script cannot tell (some consumer accounts). */
export function activeUserEmail(session: GoogleAppsScript.Base.Session = Session): string {
  return (session.getActiveUser().getEmail() || '').trim().toLowerCase();
}
