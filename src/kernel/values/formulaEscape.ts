// Sheets turns a written string that starts with = + - @ into a formula or a number; a user's
// value must stay the text it was, so it gets the leading apostrophe Sheets itself uses.
const FORMULA_START = /^[=+\-@]/;

export function escapeFormula<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
