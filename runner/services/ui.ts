import type { CallLog } from './callLog';
import { makeEnum, enumName, type EnumValue } from './enums';
import { offline, unwrap } from './offline';

const G = 'ui';

export const Button = makeEnum('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = makeEnum('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);

export type ButtonName = 'OK' | 'YES' | 'NO' | 'CANCEL' | 'CLOSE';

export interface UiRequest {
  kind: 'alert' | 'prompt';
  title: string;
  message: string;
  /** ButtonSet name: 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL' */
  buttons: string;
}

export interface UiAnswer {
  button: ButtonName;
  text?: string;
}

/** Answers the dialogs a run shows, in place of the clerk. */
export type UiResponder = (req: UiRequest) => UiAnswer;

export interface ShownMessage {
  kind: 'alert' | 'prompt' | 'toast' | 'sidebar' | 'modal' | 'modeless';
  title: string;
  /** The text shown; for sidebars and dialogs the HTML. */
  message: string;
  answer?: UiAnswer;
}

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: MenuModel };

export interface MenuModel {
  title: string;
  entries: MenuEntry[];
}

/** What a clerk clicking through would answer by default: OK, YES; prompts are cancelled. */
export const defaultResponder: UiResponder = (req) => {
  if (req.kind === 'prompt') return { button: req.buttons.includes('CANCEL') ? 'CANCEL' : 'CLOSE', text: '' };
  return { button: req.buttons.startsWith('YES') ? 'YES' : 'OK' };
};

const SET_BUTTONS: Record<string, ButtonName[]> = {
  OK: ['OK', 'CLOSE'],
  OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
  YES_NO: ['YES', 'NO', 'CLOSE'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

class MenuImpl {
  constructor(readonly model: MenuModel, private readonly ui: OfflineUi) {}
  addItem(caption: string, functionName: string): this {
    this.model.entries.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this.model.entries.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu): this {
    const sub = unwrap<MenuImpl>(menu);
    if (!sub || !(sub instanceof MenuImpl)) throw new Error('Menu.addSubMenu: 参数不是菜单');
    this.model.entries.push({ kind: 'submenu', menu: sub.model });
    return this;
  }
  addToUi(): void {
    const i = this.ui.menus.findIndex((m) => m.title === this.model.title);
    if (i >= 0) this.ui.menus[i] = this.model;
    else this.ui.menus.push(this.model);
  }
}
interface MenuImpl extends GoogleAppsScript.Base.Menu {}

class PromptResponseImpl {
  constructor(private readonly button: EnumValue, private readonly text: string) {}
  getResponseText(): string { return this.text; }
  getSelectedButton(): GoogleAppsScript.Base.Button { return this.button as unknown as GoogleAppsScript.Base.Button; }
}
interface PromptResponseImpl extends GoogleAppsScript.Base.PromptResponse {}

/**
 * The spreadsheet UI, answered by a scripted responder. Every alert, prompt, toast, sidebar and
 * dialog is kept in `shown` (and passed to `onMessage` as it happens) for tests and the CLI.
 */
export class OfflineUi {
  readonly Button = Button as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = ButtonSet as unknown as typeof GoogleAppsScript.Base.ButtonSet;
  readonly menus: MenuModel[] = [];
  readonly shown: ShownMessage[] = [];
  onMessage?: (m: ShownMessage) => void;

  constructor(public responder: UiResponder = defaultResponder, private log?: CallLog) {}

  /** Bound to a log by the service set (the Ui object itself is created before the log). */
  attach(log: CallLog): GoogleAppsScript.Base.Ui {
    this.log = log;
    return offline<GoogleAppsScript.Base.Ui>(this, G, 'Ui', log);
  }

  private show(m: ShownMessage): void {
    this.shown.push(m);
    this.onMessage?.(m);
  }

  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    const impl = new MenuImpl({ title: String(caption), entries: [] }, this);
    return this.log ? offline(impl, G, 'Menu', this.log) : impl;
  }

  alert(a: unknown, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    // alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons)
    const [title, message, buttons] = c !== undefined ? [String(a), String(b), c] : b !== undefined ? ['', String(a), b] : ['', String(a), ButtonSet.OK];
    const set = enumName(buttons) || 'OK';
    const answer = this.ask({ kind: 'alert', title, message, buttons: set });
    return Button[answer.button] as unknown as GoogleAppsScript.Base.Button;
  }

  prompt(a: unknown, b?: unknown, c?: unknown): GoogleAppsScript.Base.PromptResponse {
    const [title, message, buttons] = c !== undefined ? [String(a), String(b), c] : b !== undefined ? ['', String(a), b] : ['', String(a), ButtonSet.OK];
    const set = enumName(buttons) || 'OK';
    const answer = this.ask({ kind: 'prompt', title, message, buttons: set });
    const impl = new PromptResponseImpl(Button[answer.button], answer.text ?? '');
    return this.log ? offline(impl, G, 'PromptResponse', this.log) : impl;
  }

  private ask(req: UiRequest): UiAnswer {
    const allowed = SET_BUTTONS[req.buttons];
    if (!allowed) throw new Error(`Ui.${req.kind}: 未知的按钮组 ${req.buttons}`);
    const answer = this.responder(req);
    if (!allowed.includes(answer.button)) {
      throw new Error(`测试应答器为“${req.message.slice(0, 40)}”选择了 ${answer.button}，但对话框只有 ${allowed.join('/')}`);
    }
    this.show({ kind: req.kind, title: req.title, message: req.message, answer });
    return answer;
  }

  showSidebar(output: unknown): void {
    this.showHtml('sidebar', output);
  }

  showModalDialog(output: unknown, title: string): void {
    this.showHtml('modal', output, title);
  }

  showModelessDialog(output: unknown, title: string): void {
    this.showHtml('modeless', output, title);
  }

  /** Used by Spreadsheet.toast. */
  toast(message: string, title: string): void {
    this.show({ kind: 'toast', title, message });
  }

  private showHtml(kind: 'sidebar' | 'modal' | 'modeless', output: unknown, title?: string): void {
    const impl = unwrap<{ getContent?: () => string; getTitle?: () => string }>(output);
    if (!impl || typeof impl.getContent !== 'function') throw new Error(`Ui.show…: 参数不是 HtmlOutput`);
    this.show({ kind, title: title !== undefined ? String(title) : impl.getTitle?.() ?? '', message: impl.getContent() });
  }

  /** The last message of a kind (tests). */
  last(kind?: ShownMessage['kind']): ShownMessage | undefined {
    for (let i = this.shown.length - 1; i >= 0; i--) if (!kind || this.shown[i].kind === kind) return this.shown[i];
    return undefined;
  }
}
export interface OfflineUi extends GoogleAppsScript.Base.Ui {}
