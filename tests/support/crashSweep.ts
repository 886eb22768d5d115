// The crash sweep: an Apps Script execution can die at any service call (the 6-minute limit, a
// quota, a closed laptop). For a scenario we run the action once without faults to learn how many
// service calls N it makes and what the workbook looks like afterwards; then, for every k in 1..N,
// we make the k-th call throw (and every later one, as in a killed execution), end the execution
// (locks released), rerun without faults, and require the very same final state.
import { isDeepStrictEqual } from 'node:util';
import { CallLog } from '../../runner/services/callLog';
import { SharedMemoryLock } from '../../runner/services/lock';
import type { UiResponder } from '../../runner/services/ui';
import { StateStore } from '../../runner/stateFile';
import type { Grid } from '../../runner/grid';
import type { MemorySheet, MemoryWorkbook } from '../../runner/workbook';
import { type BundleRun, runBundle } from './offlineBundle';

/** Everything that outlives one execution: the spreadsheet, document properties, the lock. */
export interface World {
  readonly workbook: MemoryWorkbook;
  readonly store: StateStore;
  readonly memoryLock: SharedMemoryLock;
  /** Further service options every execution in this world shares (calendar, mail …). */
  readonly services?: Record<string, unknown>;
}

export interface CrashScenario<W extends World = World> {
  /** A fresh world in the scenario's starting state (called once per k). */
  world(): W;
  readonly user?: string;
  readonly responder?: UiResponder;
  /** What the clerk does, to completion (resumes included). Throws when a fault hits it. */
  act(run: BundleRun, world: W): void;
  /** The state that must end up equal; default: every sheet (values, formats, …) and the document properties. */
  state?(world: W): unknown;
  /** Invariants right after a crash, before the rerun (sheet values at the start and at the fault-free end given); default: no half-written sheet. Returns problems. */
  afterCrash?(world: W, start: WorkbookState, final: WorkbookState): string[];
  /** Invariants after the rerun beyond equal state (e.g. no mail sent twice). Returns problems. */
  afterRerun?(world: W): string[];
}

export interface SweepReport {
  /** Service calls of the fault-free run. */
  readonly total: number;
  /** The call names of the fault-free run, in order (index k-1 is the k-th call). */
  readonly calls: readonly string[];
  /** Faults injected (see crashPoints). */
  readonly crashes: number;
  /** One line per k whose rerun did not end in the fault-free state. */
  readonly failures: readonly string[];
}

/** A world with empty document properties and a free lock around `workbook`. */
export function worldOf(workbook: MemoryWorkbook, services?: Record<string, unknown>): World {
  return { workbook, store: new StateStore(null), memoryLock: new SharedMemoryLock(), services };
}

/** One execution of the bundle in `world`: fresh globals, the world's lasting state. */
export function execution(scenario: Pick<CrashScenario, 'user' | 'responder'>, world: World, log = new CallLog()): BundleRun {
  return runBundle({
    workbook: world.workbook,
    user: scenario.user,
    responder: scenario.responder,
    services: { store: world.store, memoryLock: world.memoryLock, log, ...(world.services ?? {}) },
  });
}

/**
 * Calls that change nothing that outlives the execution (reads, builders, dialogs). A crash at
 * call k+1 after such a call k leaves the world exactly as a crash at call k did, so its rerun
 * is the same run: the sweep injects faults only where the world can differ. Anything not
 * recognised here counts as a write, which only costs time.
 */
export function changesNothing(name: string): boolean {
  const [type, method] = name.split('.', 2);
  if (/^(get|is|has|can)[A-Z]/.test(method ?? '')) return true;
  if (type.endsWith('Builder')) return method !== 'create';
  if (type === 'Ui' || type === 'PromptResponse' || type === 'Menu' || type === 'HtmlOutput' || type === 'HtmlTemplate' || type === 'Logger') return true;
  return ['SpreadsheetApp.newDataValidation', 'ScriptApp.newTrigger', 'Utilities.formatDate', 'Utilities.computeDigest', 'Utilities.base64Encode', 'Utilities.newBlob', 'SpreadsheetApp.flush', 'HtmlService.createHtmlOutput', 'HtmlService.createTemplate', 'Spreadsheet.toast'].includes(name);
}

/**
 * Layout calls (number formats, validation, widths, bold, frozen rows): invisible to every
 * reader of the data, and always re-applied as a whole by the action that makes them.
 */
export function onlyLayout(name: string): boolean {
  return /^(Range\.set(NumberFormats?|DataValidations?|FontWeights?|Backgrounds?|HorizontalAlignment|VerticalAlignment|Wrap|WrapStrategy|FontColor|FontSize)|Sheet\.set(ColumnWidths?|FrozenRows|FrozenColumns|TabColor))$/.test(name);
}

/**
 * The k to crash at. Exhaustive (CRASH_SWEEP=full): every k after which the world can differ.
 * By default a run of consecutive layout calls (e.g. 190 format calls of 初始化工作簿) is
 * sampled at its first, middle and last call, which keeps the suite's sweeps within seconds;
 * every k after a data write is still tested.
 */
export function crashPoints(calls: readonly string[], exhaustive: boolean): number[] {
  const distinct = Array.from({ length: calls.length }, (_, i) => i + 1).filter((k) => k === 1 || !changesNothing(calls[k - 2]));
  if (exhaustive) return distinct;
  const out: number[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length) out.push(...new Set([run[0], run[Math.floor(run.length / 2)], run[run.length - 1]]));
    run = [];
  };
  for (const k of distinct) {
    if (k > 1 && onlyLayout(calls[k - 2])) run.push(k);
    else {
      flush();
      out.push(k);
    }
  }
  flush();
  return out.sort((a, b) => a - b);
}

export function crashSweep<W extends World>(scenario: CrashScenario<W>, options: { exhaustive?: boolean } = {}): SweepReport {
  const state = (w: W) => (scenario.state ? scenario.state(w) : { workbook: workbookState(w.workbook), properties: { ...w.store.state.documentProperties } });

  const baselineWorld = scenario.world();
  const log = new CallLog();
  const calls: string[] = [];
  log.failWhen = (_group, name) => {
    calls.push(name);
    return false;
  };
  const run = execution(scenario, baselineWorld, log);
  scenario.act(run, baselineWorld);
  run.services.end();
  const expected = state(baselineWorld);
  const finalValues = valuesState(baselineWorld.workbook);
  const total = calls.length;

  const failures: string[] = [];
  // Menu handlers log the (injected) error for the script's maintainer; hundreds of them are noise here.
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const ks = crashPoints(calls, options.exhaustive ?? process.env.CRASH_SWEEP === 'full');
  for (const k of ks) {
    const world = scenario.world();
    const startValues = valuesState(world.workbook);
    const faulty = new CallLog();
    faulty.failAt = k;
    const crashed = execution(scenario, world, faulty);
    try {
      scenario.act(crashed, world);
    } catch {
      // The injected fault, or what the action made of it: either way the execution is over.
    }
    crashed.services.end();
    const where = `k=${k} (${calls[k - 1]})`;
    const afterCrash = scenario.afterCrash ? scenario.afterCrash(world, startValues, finalValues) : halfWrittenSheets(valuesState(world.workbook), startValues, finalValues);
    for (const p of afterCrash) failures.push(`${where} after the crash: ${p}`);

    const rerun = execution(scenario, world);
    try {
      scenario.act(rerun, world);
    } catch (e) {
      failures.push(`${where} the fault-free rerun failed: ${(e as Error).message}`);
      continue;
    } finally {
      rerun.services.end();
    }
    const got = state(world);
    if (!isDeepStrictEqual(got, expected)) failures.push(`${where} after the rerun: ${firstDifference(got, expected)}`);
    for (const p of scenario.afterRerun?.(world) ?? []) failures.push(`${where} after the rerun: ${p}`);
  }
  quiet.mockRestore();
  return { total, calls, crashes: ks.length, failures };
}

// ---------------------------------------------------------------------------------------------
// Workbook state, comparable with isDeepStrictEqual

export interface SheetState {
  readonly name: string;
  /** Values as getValues() shows them, dates as ISO instants. */
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly string[];
  /** Per column, runs of equal cells: number formats, validation rules, bold. */
  readonly formats: readonly string[];
  readonly validations: readonly string[];
  readonly bold: readonly string[];
  readonly columnFormats: readonly string[];
  readonly frozenRows: number;
  readonly protections: readonly string[];
}

export type WorkbookState = readonly SheetState[];

export function workbookState(wb: MemoryWorkbook): WorkbookState {
  return wb.sheets.map(sheetState);
}

/** Only the values, for the cheap checks made right after each crash. */
export function valuesState(wb: MemoryWorkbook): WorkbookState {
  return wb.sheets.map((s) => ({ name: s.name, values: valuesOf(s), formulas: [], formats: [], validations: [], bold: [], columnFormats: [], frozenRows: 0, protections: [] }));
}

function valuesOf(s: MemorySheet): unknown[][] {
  return s.dump().map((row) => row.map((v) => (v instanceof Date ? v.toISOString() : v)));
}

function sheetState(s: MemorySheet): SheetState {
  const ruleText = new Map<unknown, string>();
  const rule = (r: unknown) => {
    if (!ruleText.has(r)) ruleText.set(r, JSON.stringify(r));
    return ruleText.get(r)!;
  };
  return {
    name: s.name,
    values: valuesOf(s),
    formulas: [...s.formulas.entries()].map(([r, c, f]) => `${r},${c} ${f}`),
    formats: columnRuns(s.formats, s.maxRows, String),
    validations: columnRuns(s.validations, s.maxRows, rule),
    bold: columnRuns(s.bold, s.maxRows, String),
    columnFormats: [...s.columnFormats].map(([c, f]) => `${c} ${f}`).sort(),
    frozenRows: s.frozenRows,
    protections: s.protections.map((p) => JSON.stringify(p)),
  };
}

/** 'C3 rows 2–1000 @' style runs: a column formatted down to row 1000 costs one entry, not 999. */
function columnRuns<T>(grid: Grid<T>, maxRows: number, text: (v: T) => string): string[] {
  const runs: string[] = [];
  const from: number[] = [];
  const texts: (string | undefined)[] = [];
  const close = (i: number, r: number) => {
    if (texts[i] !== undefined) runs.push(`C${i + 1} rows ${from[i]}–${r - 1} ${texts[i]}`);
    texts[i] = undefined;
  };
  for (let r = 1; r <= maxRows + 1; r++) {
    const row = r <= maxRows ? grid.row(r) : undefined;
    const width = Math.max(texts.length, row?.length ?? 0);
    for (let i = 0; i < width; i++) {
      const v = row?.[i];
      const t = v === undefined ? undefined : text(v);
      if (t === texts[i]) continue;
      close(i, r);
      if (t !== undefined) {
        texts[i] = t;
        from[i] = r;
      }
    }
  }
  return runs.sort();
}

/**
 * A sheet caught between its start and its final state (e.g. half its rows written) is a
 * half-written sheet; each sheet must be in one of the two, values-wise, after any crash.
 * Formats may lag behind (they are invisible to the clerk and the rerun completes them).
 */
export function halfWrittenSheets(now: WorkbookState, start: WorkbookState, final: WorkbookState, allowed: readonly string[] = []): string[] {
  const problems: string[] = [];
  const byName = (st: WorkbookState, name: string) => st.find((s) => s.name === name);
  for (const sheet of now) {
    if (allowed.includes(sheet.name)) continue;
    const a = byName(start, sheet.name);
    const b = byName(final, sheet.name);
    const same = (x: SheetState | undefined) => (x === undefined ? sheet.values.length === 0 : isDeepStrictEqual(x.values, sheet.values));
    if (!same(a) && !same(b)) problems.push(`工作表“${sheet.name}”只写了一半：${firstDifference(sheet.values, b?.values ?? [])}`);
  }
  return problems;
}

/** A short description of where two JSON-like values first differ. */
export function firstDifference(got: unknown, want: unknown, path = ''): string {
  if (isDeepStrictEqual(got, want)) return 'no difference';
  if (Array.isArray(got) && Array.isArray(want)) {
    if (got.length !== want.length && path.endsWith('values')) return `${path}: ${got.length} rows instead of ${want.length}`;
    for (let i = 0; i < Math.max(got.length, want.length); i++) {
      if (!isDeepStrictEqual(got[i], want[i])) {
        const name = (want[i] as { name?: unknown } | undefined)?.name ?? (got[i] as { name?: unknown } | undefined)?.name;
        return firstDifference(got[i], want[i], `${path}[${typeof name === 'string' ? name : i}]`);
      }
    }
  }
  if (got && want && typeof got === 'object' && typeof want === 'object' && !Array.isArray(got)) {
    for (const key of new Set([...Object.keys(got), ...Object.keys(want)])) {
      const g = (got as Record<string, unknown>)[key];
      const w = (want as Record<string, unknown>)[key];
      if (!isDeepStrictEqual(g, w)) return firstDifference(g, w, `${path}.${key}`);
    }
  }
  const show = (v: unknown) => {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 160 ? `${s.slice(0, 160)}…` : s;
  };
  return `${path || 'value'}: got ${show(got)}, expected ${show(want)}`;
}
