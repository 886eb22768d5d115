import type { CallLog } from './callLog';
import { makeEnum } from './enums';
import { offline, unwrap } from './offline';
import type { MemorySheet, ProtectionModel } from '../workbook';
import { G, signatureError, type Ctx } from './spreadsheetContext';

export const ProtectionType = makeEnum('ProtectionType', ['RANGE', 'SHEET']);

class UserImpl {
  constructor(private readonly email: string) {}
  getEmail(): string { return this.email; }
  getUserLoginId(): string { return this.email; }
  toString(): string { return this.email; }
}
interface UserImpl extends GoogleAppsScript.Base.User {}

export function offlineUser(email: string, log: CallLog, group = G): GoogleAppsScript.Base.User {
  return offline(new UserImpl(email), group, 'User', log);
}

function emailOf(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  const impl = unwrap<UserImpl>(v);
  if (impl instanceof UserImpl) return impl.getEmail();
  throw signatureError('SpreadsheetApp.Protection.addEditor', [v]);
}

class ProtectionImpl {
  constructor(readonly model: ProtectionModel, private readonly sheet: MemorySheet, private readonly ctx: Ctx) {}
  private removed(): boolean { return !this.sheet.protections.includes(this.model); }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return ProtectionType[this.model.type] as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  getDescription(): string { return this.model.description; }
  setDescription(d: string): this { this.model.description = String(d); this.ctx.wb.dirty = true; return this; }
  addEditor(user: unknown): this { return this.addEditors([user]); }
  addEditors(users: unknown[]): this {
    for (const u of users) {
      const e = emailOf(u);
      if (e && !this.model.editors.includes(e)) this.model.editors.push(e);
    }
    return this;
  }
  removeEditor(user: unknown): this { return this.removeEditors([user]); }
  removeEditors(users: unknown[]): this {
    // The owner and the user running the script can never lose access (Sheets keeps them).
    const drop = new Set(users.map(emailOf).filter((e) => e !== this.ctx.user));
    this.model.editors = this.model.editors.filter((e) => !drop.has(e));
    return this;
  }
  getEditors(): GoogleAppsScript.Base.User[] { return this.model.editors.map((e) => offlineUser(e, this.ctx.log)); }
  setWarningOnly(w: boolean): this { this.model.warningOnly = Boolean(w); return this; }
  isWarningOnly(): boolean { return this.model.warningOnly; }
  setDomainEdit(d: boolean): this { this.model.domainEdit = Boolean(d); return this; }
  canDomainEdit(): boolean { return this.model.domainEdit; }
  // The offline user owns the workbook, and owners can always edit.
  canEdit(): boolean { return !this.removed(); }
  remove(): void {
    const i = this.sheet.protections.indexOf(this.model);
    if (i >= 0) this.sheet.protections.splice(i, 1);
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const r = this.model.range ?? { row: 1, column: 1, numRows: this.sheet.maxRows, numColumns: this.sheet.maxColumns };
    return this.ctx.rangeOf(this.sheet, r);
  }
}
interface ProtectionImpl extends GoogleAppsScript.Spreadsheet.Protection {}

export function protectionOf(ctx: Ctx, sheet: MemorySheet, model: ProtectionModel): GoogleAppsScript.Spreadsheet.Protection {
  return offline(new ProtectionImpl(model, sheet, ctx), G, 'Protection', ctx.log);
}
