// What a sheet held when it was read, so a save can tell which cells a command changed: the
// fake's writes go straight into MemorySheet, and comparing afterwards catches every one of
// them without a hook in each service method.
import { Grid } from '../grid';
import { MemorySheet, type CellValue } from '../workbook';
import { isDate } from '../cellInput';

export class SheetBaseline {
  readonly name: string;
  readonly values: Grid<CellValue>;
  readonly formulas: Grid<string>;
  readonly formats: Grid<string>;
  readonly bold: Grid<boolean>;
  readonly wrap: Grid<boolean>;
  readonly columnWraps: Set<number>;
  readonly backgrounds: Grid<string>;
  readonly notes: Grid<string>;
  readonly validations: Grid<unknown>;
  readonly columnFormats: Map<number, string>;
  readonly columnWidths: Map<number, number>;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly tabColor: string | null;

  constructor(sheet: MemorySheet) {
    this.name = sheet.name;
    this.values = sheet.values.clone();
    this.formulas = sheet.formulas.clone();
    this.formats = sheet.formats.clone();
    this.bold = sheet.bold.clone();
    this.wrap = sheet.wrap.clone();
    this.columnWraps = new Set(sheet.columnWraps);
    this.backgrounds = sheet.backgrounds.clone();
    this.notes = sheet.notes.clone();
    this.validations = sheet.validations.clone();
    this.columnFormats = new Map(sheet.columnFormats);
    this.columnWidths = new Map(sheet.columnWidths);
    this.frozenRows = sheet.frozenRows;
    this.frozenColumns = sheet.frozenColumns;
    this.tabColor = sheet.tabColor;
  }

  /** A sheet the command created: nothing was there before. */
  static empty(name: string): SheetBaseline {
    return new SheetBaseline(new MemorySheet(name, 0));
  }

  formatAt(row: number, col: number): string {
    return this.formats.get(row, col) ?? this.columnFormats.get(col) ?? 'General';
  }

  wrapAt(row: number, col: number): boolean {
    return this.wrap.get(row, col) ?? this.columnWraps.has(col);
  }
}

const same = (a: unknown, b: unknown) => a === b || (isDate(a) && isDate(b) && a.getTime() === b.getTime());

function eachDifference<T>(now: Grid<T>, before: Grid<T>, found: (row: number, col: number) => void, eq: (a: T | undefined, b: T | undefined) => boolean = same): void {
  const rows = Math.max(now.rowCount, before.rowCount);
  for (let r = 1; r <= rows; r++) {
    const a = now.row(r);
    const b = before.row(r);
    if (a === b) continue;
    const cols = Math.max(a?.length ?? 0, b?.length ?? 0);
    for (let c = 1; c <= cols; c++) if (!eq(a?.[c - 1], b?.[c - 1])) found(r, c);
  }
}

/** Cells whose value, formula, format, weight or colour differ from the baseline, row-major. */
export function changedCells(sheet: MemorySheet, base: SheetBaseline): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  const add = (r: number, c: number) => {
    let set = out.get(r);
    if (!set) out.set(r, (set = new Set()));
    set.add(c);
  };
  eachDifference<CellValue>(sheet.values, base.values, add, (a, b) => same(a === '' ? undefined : a, b === '' ? undefined : b));
  eachDifference(sheet.formulas, base.formulas, add);
  eachDifference(sheet.formats, base.formats, add);
  eachDifference(sheet.bold, base.bold, add, (a, b) => !!a === !!b);
  eachDifference(sheet.wrap, base.wrap, add);
  eachDifference(sheet.backgrounds, base.backgrounds, add);
  return out;
}

export function changedNotes(sheet: MemorySheet, base: SheetBaseline): boolean {
  let changed = false;
  eachDifference(sheet.notes, base.notes, () => (changed = true));
  return changed;
}

/** Cells whose data validation rule is new or different (removals are left as they were). */
export function changedValidations(sheet: MemorySheet, base: SheetBaseline): [number, number][] {
  const out: [number, number][] = [];
  eachDifference<unknown>(sheet.validations, base.validations, (r, c) => {
    if (sheet.validations.get(r, c) !== undefined) out.push([r, c]);
  }, (a, b) => a === b || JSON.stringify(a) === JSON.stringify(b));
  return out;
}

export function changedColumns(sheet: MemorySheet, base: SheetBaseline): number[] {
  const cols = new Set<number>();
  for (const c of new Set([...sheet.columnWidths.keys(), ...base.columnWidths.keys()])) if (sheet.columnWidths.get(c) !== base.columnWidths.get(c)) cols.add(c);
  for (const c of new Set([...sheet.columnFormats.keys(), ...base.columnFormats.keys()])) if (sheet.columnFormats.get(c) !== base.columnFormats.get(c)) cols.add(c);
  for (const c of new Set([...sheet.columnWraps, ...base.columnWraps])) if (sheet.columnWraps.has(c) !== base.columnWraps.has(c)) cols.add(c);
  return [...cols].sort((a, b) => a - b);
}
