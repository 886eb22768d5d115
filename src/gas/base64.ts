/** Base64 of the UTF-8 octets of a text (a data: link's payload). */
export function base64Utf8(text: string, utilities: GoogleAppsScript.Utilities.Utilities = Utilities): string {
  return utilities.base64Encode(text, utilities.Charset.UTF_8);
}
