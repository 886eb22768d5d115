import { makeEnum } from './enums';
import { offline, unwrap } from './offline';
import type { CellValue, ValidationRule } from '../workbook';
import { isDate } from '../cellInput';
import { G, signatureError, type Ctx } from './spreadsheetContext';

export const DataValidationCriteria = makeEnum('DataValidationCriteria', [
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
]);

class DataValidationImpl {
  constructor(readonly rule: ValidationRule, private readonly ctx: Ctx) {}
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return DataValidationCriteria[this.rule.type === 'CUSTOM' ? 'CUSTOM_FORMULA' : this.rule.type] as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return this.rule.type === 'VALUE_IN_LIST' ? [[...this.rule.values], this.rule.showDropdown] : [...this.rule.values];
  }
  getAllowInvalid(): boolean { return this.rule.allowInvalid; }
  getHelpText(): string { return (this.rule.helpText || null) as string; }
  copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder { return validationBuilder(this.ctx, { ...this.rule }); }
}
interface DataValidationImpl extends GoogleAppsScript.Spreadsheet.DataValidation {}

class DataValidationBuilderImpl {
  constructor(private rule: ValidationRule | null, private readonly ctx: Ctx) {}
  private set(patch: Partial<ValidationRule>): this {
    this.rule = { type: 'CUSTOM', values: [], showDropdown: false, allowInvalid: true, helpText: '', ...this.rule, ...patch };
    return this;
  }
  requireValueInList(values: unknown[], showDropdown?: boolean): this {
    if (!Array.isArray(values)) throw signatureError('DataValidationBuilder.requireValueInList', [values]);
    if (values.length > 500) throw new Error('The data validation rule has more than 500 items.');
    return this.set({ type: 'VALUE_IN_LIST', values: values.map(String), showDropdown: showDropdown ?? true });
  }
  requireDate(): this { return this.set({ type: 'DATE_IS_VALID_DATE', values: [] }); }
  requireNumberBetween(start: number, end: number): this { return this.set({ type: 'NUMBER_BETWEEN', values: [start, end] }); }
  requireNumberGreaterThanOrEqualTo(n: number): this { return this.set({ type: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', values: [n] }); }
  requireCheckbox(): this { return this.set({ type: 'CHECKBOX', values: [] }); }
  setAllowInvalid(allow: boolean): this { return this.set({ allowInvalid: Boolean(allow) }); }
  setHelpText(text: string): this { return this.set({ helpText: String(text) }); }
  getAllowInvalid(): boolean { return this.rule?.allowInvalid ?? true; }
  getHelpText(): string { return (this.rule?.helpText || null) as string; }
  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    if (!this.rule || this.rule.type === 'CUSTOM') throw new Error('You must specify a criteria type for the data validation rule.');
    return offline(new DataValidationImpl({ ...this.rule }, this.ctx), G, 'DataValidation', this.ctx.log);
  }
}
interface DataValidationBuilderImpl extends GoogleAppsScript.Spreadsheet.DataValidationBuilder {}

export function validationBuilder(ctx: Ctx, rule: ValidationRule | null): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  return offline(new DataValidationBuilderImpl(rule, ctx), G, 'DataValidationBuilder', ctx.log);
}

export function validationOf(ctx: Ctx, rule: ValidationRule | undefined): GoogleAppsScript.Spreadsheet.DataValidation | null {
  return rule ? offline(new DataValidationImpl(rule, ctx), G, 'DataValidation', ctx.log) : null;
}

export function ruleOf(v: unknown): ValidationRule | undefined {
  if (v === null || v === undefined) return undefined;
  const impl = unwrap<DataValidationImpl>(v);
  if (!(impl instanceof DataValidationImpl)) throw signatureError('SpreadsheetApp.Range.setDataValidation', [v]);
  return impl.rule;
}

export function satisfies(rule: ValidationRule, v: CellValue): boolean {
  switch (rule.type) {
    case 'VALUE_IN_LIST': return rule.values.some((x) => String(x) === (isDate(v) ? '' : String(v)));
    case 'DATE_IS_VALID_DATE': return isDate(v);
    case 'NUMBER_BETWEEN': return typeof v === 'number' && v >= Number(rule.values[0]) && v <= Number(rule.values[1]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': return typeof v === 'number' && v >= Number(rule.values[0]);
    case 'CHECKBOX': return typeof v === 'boolean';
    default: return true;
  }
}
