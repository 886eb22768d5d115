// What 导入名册 / 导入帮扶台账 take from the CLI and return to it.
import { SHEET } from '../sheets/schema';
import type { Cell } from '../values/cell';

/** The sheets an import may go into, in the order messages name them. */
export const IMPORT_SHEETS: readonly string[] = [SHEET.roster, SHEET.aidLedger];

/** What the clerk pasted into 导入区, or a file read by the runner: rows of cells, header included. */
export interface ImportSource {
  /** For messages: '导入区' or the file name. */
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
}

export interface ImportData {
  readonly added: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly missing: number;
  readonly duplicates: number;
  readonly withoutKey: number;
  /** The preview lines (describeImport). */
  readonly preview: readonly string[];
  readonly written: boolean;
}
