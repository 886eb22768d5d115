import type { Cell } from '../sheets/cell';
import type { BlockWrite } from '../sheets/ownedWrites';
import { Workbook } from './workbook';

/**
 * A Workbook that reads each sheet at most once, for a server call that composes two actions'
 * reads (the sidebar's notice preview and its campaign details): the second reader gets the
 * same values without another getValues. A write to a sheet forgets what was read of it.
 */
export class ReadOnceWorkbook extends Workbook {
  private readonly values = new Map<string, Cell[][] | null>();

  override read(name: string): Cell[][] | null {
    if (!this.values.has(name)) this.values.set(name, super.read(name));
    return this.values.get(name)!;
  }

  override write(name: string, block: BlockWrite): void {
    this.values.delete(name);
    super.write(name, block);
  }

  override append(name: string, rows: Cell[][]): number {
    this.values.delete(name);
    return super.append(name, rows);
  }
}
