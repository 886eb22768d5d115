import { Grid } from './grid';
import { wallToInstant } from './timeZone';

/** A cell value as Apps Script's getValues() returns it; a Date is an instant. */
export type CellValue = string | number | boolean | Date;

/** A data validation rule as the sheet keeps it (DataValidation objects wrap one). */
export interface ValidationRule {
  readonly type: 'VALUE_IN_LIST' | 'DATE_IS_VALID_DATE' | 'NUMBER_BETWEEN' | 'NUMBER_GREATER_THAN_OR_EQUAL_TO' | 'CHECKBOX' | 'CUSTOM';
  readonly values: readonly unknown[];
  readonly showDropdown: boolean;
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export interface ProtectionModel {
  readonly type: 'SHEET' | 'RANGE';
  description: string;
  editors: string[];
  warningOnly: boolean;
  domainEdit: boolean;
  /** For RANGE protections: the protected area. */
  range?: { row: number; column: number; numRows: number; numColumns: number };
}

let nextSheetId = 1;

export class MemorySheet {
  readonly sheetId: number;
  /**
   * A sheet read from a file is parsed on first use (runner/xlsx): a command reads only the
   * sheets it needs, and a sheet nobody touched is neither parsed nor written.
   */
  private pending?: () => void;
  private _maxRows = 1000;
  private _maxColumns = 26;
  private _values = new Grid<CellValue>();
  private _formulas = new Grid<string>();
  private _formats = new Grid<string>();
  private readonly _columnFormats = new Map<number, string>();
  private _backgrounds = new Grid<string>();
  private _bold = new Grid<boolean>();
  private _wrap = new Grid<boolean>();
  private readonly _columnWraps = new Set<number>();
  private _notes = new Grid<string>();
  private _validations = new Grid<ValidationRule>();
  private readonly _columnWidths = new Map<number, number>();
  private readonly _protections: ProtectionModel[] = [];
  private _frozenRows = 0;
  private _frozenColumns = 0;
  private _tabColor: string | null = null;

  constructor(public name: string, sheetId?: number) {
    this.sheetId = sheetId ?? nextSheetId++;
  }

  /** Defers reading the sheet's content until something asks for it. */
  deferLoad(load: () => void): void {
    this.pending = load;
  }

  /** Whether the content was ever needed (a sheet never loaded is unchanged). */
  get loaded(): boolean {
    return this.pending === undefined;
  }

  private get ready(): this {
    const load = this.pending;
    if (load) {
      this.pending = undefined;
      load();
    }
    return this;
  }

  get maxRows(): number { return this.ready._maxRows; }
  set maxRows(n: number) { this.ready._maxRows = n; }
  get maxColumns(): number { return this.ready._maxColumns; }
  set maxColumns(n: number) { this.ready._maxColumns = n; }
  /** Blank cells are undefined (getValues turns them into ''). */
  get values(): Grid<CellValue> { return this.ready._values; }
  set values(g: Grid<CellValue>) { this.ready._values = g; }
  /** Formulas as written ('=SUM(A1:A3)'); their cached result, if known, is in values. */
  get formulas(): Grid<string> { return this.ready._formulas; }
  set formulas(g: Grid<string>) { this.ready._formulas = g; }
  /** Per-cell number formats; a cell without one uses its column's, then 'General'. */
  get formats(): Grid<string> { return this.ready._formats; }
  set formats(g: Grid<string>) { this.ready._formats = g; }
  /** Whole-column number formats (e.g. '@' for 工号), kept once instead of per cell. */
  get columnFormats(): Map<number, string> { return this.ready._columnFormats; }
  get backgrounds(): Grid<string> { return this.ready._backgrounds; }
  set backgrounds(g: Grid<string>) { this.ready._backgrounds = g; }
  get bold(): Grid<boolean> { return this.ready._bold; }
  set bold(g: Grid<boolean>) { this.ready._bold = g; }
  /** Per-cell text wrapping where it differs from the column's. */
  get wrap(): Grid<boolean> { return this.ready._wrap; }
  set wrap(g: Grid<boolean>) { this.ready._wrap = g; }
  /** Columns whose style wraps text (初始化工作簿's 正文, 工作内容, 说明). */
  get columnWraps(): Set<number> { return this.ready._columnWraps; }
  get notes(): Grid<string> { return this.ready._notes; }
  set notes(g: Grid<string>) { this.ready._notes = g; }
  get validations(): Grid<ValidationRule> { return this.ready._validations; }
  set validations(g: Grid<ValidationRule>) { this.ready._validations = g; }
  get columnWidths(): Map<number, number> { return this.ready._columnWidths; }
  get protections(): ProtectionModel[] { return this.ready._protections; }
  get frozenRows(): number { return this.ready._frozenRows; }
  set frozenRows(n: number) { this.ready._frozenRows = n; }
  get frozenColumns(): number { return this.ready._frozenColumns; }
  set frozenColumns(n: number) { this.ready._frozenColumns = n; }
  get tabColor(): string | null { return this.ready._tabColor; }
  set tabColor(c: string | null) { this.ready._tabColor = c; }

  /** Effective number format of a cell. */
  formatAt(row: number, col: number): string {
    return this.formats.get(row, col) ?? this.columnFormats.get(col) ?? 'General';
  }

  /** Whether a cell wraps its text: its own setting, else its column's. */
  wrapAt(row: number, col: number): boolean {
    return this.wrap.get(row, col) ?? this.columnWraps.has(col);
  }

  /** Last row with a value or formula (0 when the sheet is empty), as Sheet.getLastRow(). */
  lastRow(): number {
    return Math.max(this.values.lastRow(notBlank), this.formulas.lastRow());
  }

  lastColumn(): number {
    return Math.max(this.values.lastColumn(notBlank), this.formulas.lastColumn());
  }

  /** Values as getValues() of the data range would give them (tests). */
  dump(): CellValue[][] {
    const rows = Math.max(this.lastRow(), 0);
    const cols = this.lastColumn();
    const out: CellValue[][] = [];
    for (let r = 1; r <= rows; r++) {
      const row: CellValue[] = [];
      for (let c = 1; c <= cols; c++) row.push(this.values.get(r, c) ?? '');
      out.push(row);
    }
    return out;
  }

  /** Every per-cell grid, for row/column structure changes. */
  grids(): Grid<unknown>[] {
    return [this.values, this.formulas, this.formats, this.backgrounds, this.bold, this.wrap, this.notes, this.validations];
  }
}

function notBlank(v: CellValue): boolean {
  return v !== '';
}

export class MemoryWorkbook {
  id = 'offline-' + Math.random().toString(36).slice(2, 10);
  name = 'UnionDesk';
  timeZone = 'Asia/Shanghai';
  locale = 'zh_CN';
  readonly sheets: MemorySheet[] = [];
  activeSheet = 0;
  /** The clerk's selection (A1 notation on a sheet), what getActiveRange() returns. */
  selection: { sheet: string; a1: string } | null = null;
  /** Set by any write through the services, so the CLI knows whether to save. */
  dirty = false;

  /**
   * A workbook for tests: values as getValues() would return them; an ISO date string
   * 'YYYY-MM-DD' stays a string — pass Date objects (or use `date()`) for date cells.
   */
  static create(sheets: Record<string, unknown[][]> = {}, opts: { timeZone?: string } = {}): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    if (opts.timeZone) wb.timeZone = opts.timeZone;
    for (const [name, rows] of Object.entries(sheets)) {
      const sheet = wb.addSheet(name);
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === '' || v === null || v === undefined) return;
          if (typeof v === 'string' && v.startsWith('=')) sheet.formulas.set(r + 1, c + 1, v);
          else sheet.values.set(r + 1, c + 1, v as CellValue);
        }),
      );
      sheet.maxRows = Math.max(sheet.maxRows, rows.length);
      sheet.maxColumns = Math.max(sheet.maxColumns, ...rows.map((r) => r.length));
    }
    return wb;
  }

  /** A date cell's value: midnight of the calendar date in this workbook's zone. */
  date(iso: string, time = '00:00:00'): Date {
    const [h, mi, s] = time.split(':').map(Number);
    return wallToInstant({ y: +iso.slice(0, 4), mo: +iso.slice(5, 7), d: +iso.slice(8, 10), h, mi, s: s || 0 }, this.timeZone);
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string, index?: number): MemorySheet {
    const sheet = new MemorySheet(name);
    if (index === undefined || index >= this.sheets.length) this.sheets.push(sheet);
    else this.sheets.splice(Math.max(0, index), 0, sheet);
    return sheet;
  }

  setSelection(sheetName: string, a1: string): void {
    const i = this.sheets.findIndex((s) => s.name === sheetName);
    if (i < 0) throw new Error(`no sheet ${sheetName}`);
    this.activeSheet = i;
    this.selection = { sheet: sheetName, a1 };
  }
}
