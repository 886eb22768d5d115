// A formula of the clerk's that reads a sheet the command changed (=SUM(帮扶台账!L2:L26)) has a
// stale cached result. fullCalcOnLoad makes Excel recalculate, but LibreOffice and Gnumeric show
// the cached value unless told otherwise in their settings; a formula cell without a cached
// value is calculated by all of them on load. So such results are dropped; the formula and the
// cell's style stay. (Formulas on the same sheet keep theirs: the tool itself may read them.)
import { decodeXml } from './xml';

const FORMULA_CELL = /<c\b([^>]*)>(<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>))(<v>[\s\S]*?<\/v>|<v\/>)([\s\S]*?)<\/c>/g;

function mentions(formula: string, sheets: readonly string[]): boolean {
  return sheets.some((name) => formula.includes(`${name}!`) || formula.includes(`'${name.replace(/'/g, "''")}'!`));
}

/** The part with stale results removed, or undefined when it has none. */
export function dropStaleResults(xml: string, changedSheets: readonly string[]): string | undefined {
  if (changedSheets.length === 0 || !xml.includes('<f')) return undefined;
  const shared = new Map<string, string>();
  let changed = false;
  const out = xml.replace(FORMULA_CELL, (cell, attrs: string, f: string, fAttrs: string, text: string | undefined, _v: string, rest: string) => {
    const si = /\bsi="(\d+)"/.exec(fAttrs)?.[1];
    let formula = text === undefined ? '' : decodeXml(text);
    if (si !== undefined && /\bt="shared"/.test(fAttrs)) {
      if (formula) shared.set(si, formula);
      else formula = shared.get(si) ?? '';
    }
    if (!mentions(formula, changedSheets)) return cell;
    changed = true;
    return `<c${attrs.replace(/\st="[^"]*"/, '')}>${f}${rest}</c>`;
  });
  return changed ? out : undefined;
}
