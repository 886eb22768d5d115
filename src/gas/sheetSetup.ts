import type { SheetSetup } from '../setup/initPlan';
import { numberFormatFor } from '../setup/sheetLayout';
import type { Workbook } from './workbook';

/**
 * Creates (or fills) one sheet. Formats come before values: a value written into a cell that is
 * not yet '@' would be turned into a number by Sheets ('001024' → 1024). The values go in last, in
 * one write, so a crash leaves either an empty sheet (filled on the next run) or a complete one.
 */
export function applySheetSetup(workbook: Workbook, setup: SheetSetup, app: GoogleAppsScript.Spreadsheet.SpreadsheetApp = SpreadsheetApp): void {
  const { spec } = setup;
  const sheet = setup.create ? workbook.insertSheet(spec.name) : workbook.sheet(spec.name)!;
  const columns = spec.columns.length;
  if (columns === 0) return;
  const maxRows = sheet.getMaxRows();
  spec.columns.forEach((column, i) => {
    const body = sheet.getRange(2, i + 1, Math.max(maxRows - 1, 1), 1);
    body.setNumberFormat(numberFormatFor(column));
    if (column.oneOf) {
      body.setDataValidation(app.newDataValidation().requireValueInList([...column.oneOf], true).setAllowInvalid(false).build());
    }
    if (column.width) sheet.setColumnWidth(i + 1, column.width);
  });
  const header = sheet.getRange(1, 1, 1, columns);
  header.setFontWeight('bold');
  header.setBackground('#e8f0fe');
  sheet.setFrozenRows(1);
  workbook.write(spec.name, { row: 1, column: 1, values: setup.values });
}
