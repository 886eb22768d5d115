/**
 * A sparse 2-D store addressed by 1-based (row, column): one array per used row, so a 50,000-row
 * sheet costs one array per row and whole-row inserts/deletes are a splice.
 */
export class Grid<T> {
  private rows: (Array<T | undefined> | undefined)[] = [];

  get(row: number, col: number): T | undefined {
    const r = this.rows[row - 1];
    return r === undefined ? undefined : r[col - 1];
  }

  set(row: number, col: number, value: T | undefined): void {
    let r = this.rows[row - 1];
    if (r === undefined) {
      if (value === undefined) return;
      r = this.rows[row - 1] = [];
    }
    r[col - 1] = value;
  }

  /** An independent copy (values themselves are shared: keep them immutable). */
  clone(): Grid<T> {
    const copy = new Grid<T>();
    copy.rows = this.rows.map((r) => r?.slice());
    return copy;
  }

  /** How many rows are stored (the last may be blank). */
  get rowCount(): number {
    return this.rows.length;
  }

  /** A whole row (1-based), sparse; do not mutate. */
  row(row: number): ReadonlyArray<T | undefined> | undefined {
    return this.rows[row - 1];
  }

  insertRows(beforeRow: number, count: number): void {
    if (beforeRow - 1 >= this.rows.length) return;
    // concat, not splice(...spread): a spread of 50,000 arguments overflows the stack.
    this.rows = this.rows.slice(0, beforeRow - 1).concat(new Array<undefined>(count), this.rows.slice(beforeRow - 1));
  }

  deleteRows(row: number, count: number): void {
    this.rows.splice(row - 1, count);
  }

  insertColumns(beforeCol: number, count: number): void {
    for (const r of this.rows) if (r && beforeCol - 1 < r.length) r.splice(beforeCol - 1, 0, ...new Array<undefined>(count));
  }

  deleteColumns(col: number, count: number): void {
    for (const r of this.rows) if (r) r.splice(col - 1, count);
  }

  /** Copies row `from` into row `to` (both 1-based). */
  copyRow(from: number, to: number): void {
    const src = this.rows[from - 1];
    this.rows[to - 1] = src ? src.slice() : undefined;
  }

  /** Last row holding a value accepted by `has` (0 when none). */
  lastRow(has: (v: T) => boolean = () => true): number {
    for (let i = this.rows.length - 1; i >= 0; i--) {
      const r = this.rows[i];
      if (r && r.some((v) => v !== undefined && has(v))) return i + 1;
    }
    return 0;
  }

  /** Last column holding a value accepted by `has` (0 when none). */
  lastColumn(has: (v: T) => boolean = () => true): number {
    let last = 0;
    for (const r of this.rows) {
      if (!r) continue;
      for (let c = r.length - 1; c >= last; c--) {
        const v = r[c];
        if (v !== undefined && has(v)) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  /** Every stored (row, col, value), row-major. */
  *entries(): Generator<[number, number, T]> {
    for (let i = 0; i < this.rows.length; i++) {
      const r = this.rows[i];
      if (!r) continue;
      for (let c = 0; c < r.length; c++) {
        const v = r[c];
        if (v !== undefined) yield [i + 1, c + 1, v];
      }
    }
  }

  /** Drops everything beyond the given size (used when a sheet shrinks). */
  truncate(maxRows: number, maxCols: number): void {
    this.rows.length = Math.min(this.rows.length, maxRows);
    for (const r of this.rows) if (r && r.length > maxCols) r.length = maxCols;
  }
}
