// The offline runner's .xlsx files: read into the fake spreadsheet (runner/xlsx/packageRead),
// written back in place (runner/xlsx/packageWrite) so everything the clerk made that the tool
// does not own — formatting, merges, charts, images, tables, notes, names, print settings —
// stays exactly as it was.
import * as fs from 'node:fs';
import { resolve } from 'node:path';
import { MemoryWorkbook, type MemorySheet } from './workbook';
import { writeFileAtomic } from './atomicWrite';
import { readEntries, readPackage, type SourcePackage, type SourceSheet } from './xlsx/packageRead';
import { writePackage } from './xlsx/packageWrite';
import { blankEntries } from './xlsx/blankPackage';
import { ZipFormatError } from './xlsx/zipPackage';
import { corruptWorkbook, readWorkbookBytes, WorkbookFileError } from './xlsx/workbookFileError';
import { backUp } from './xlsx/backups';
import { SheetBaseline } from './xlsx/sheetBaseline';

export { WorkbookFileError };

export interface LoadedXlsx {
  workbook: MemoryWorkbook;
  warnings: string[];
}

/** A new, empty spreadsheet as Google creates one (one sheet, 1000 × 26). */
export function newWorkbook(opts: { timeZone?: string; name?: string } = {}): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  if (opts.timeZone) wb.timeZone = opts.timeZone;
  if (opts.name) wb.name = opts.name;
  wb.addSheet('工作表1');
  return wb;
}

/** The package each workbook was read from (and last written to), for in-place saves. */
const sources = new WeakMap<MemoryWorkbook, SourcePackage>();

function parse(path: string, bytes: Buffer, opts: { timeZone?: string; name?: string }, warnings: string[]) {
  try {
    return readPackage(bytes, opts, (m) => warnings.push(m));
  } catch (e) {
    if (e instanceof ZipFormatError) throw corruptWorkbook(path, e.message);
    if (e instanceof WorkbookFileError) throw e;
    throw corruptWorkbook(path, (e as Error).message);
  }
}

/**
 * Reads an .xlsx into a MemoryWorkbook. Date cells become instants in `timeZone`, so they read
 * back as the same calendar date whatever the process time zone.
 */
export async function loadXlsx(path: string, opts: { timeZone?: string } = {}): Promise<LoadedXlsx> {
  const warnings: string[] = [];
  const bytes = readWorkbookBytes(path);
  const name = path.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, '');
  const { workbook, source } = parse(path, bytes, { timeZone: opts.timeZone, name }, warnings);
  sources.set(workbook, source);
  return { workbook, warnings };
}

function blankSource(wb: MemoryWorkbook): SourcePackage {
  const { source } = readEntries(blankEntries(), { timeZone: wb.timeZone }, () => undefined);
  return source;
}

/**
 * After a write, the written package is the baseline of the next save in this run. The
 * baselines are taken now (what was written); the package is parsed again only if the run saves
 * a second time, which most runs never do.
 */
const written = new WeakMap<MemoryWorkbook, { bytes: Buffer; baselines: Map<MemorySheet, SheetBaseline>; activeSheet: number }>();

function sourceOf(wb: MemoryWorkbook): SourcePackage {
  const last = written.get(wb);
  if (last) {
    written.delete(wb);
    // Parsed lazily too: a sheet the run never loaded has the same part as before.
    const { source } = readPackage(last.bytes, { timeZone: wb.timeZone }, () => undefined);
    const read = [...source.sheets.values()];
    const sheets = new Map<MemorySheet, SourceSheet>();
    wb.sheets.forEach((sheet, i) => {
      const base = last.baselines.get(sheet);
      if (read[i]) sheets.set(sheet, base ? { ...read[i], content: () => ({ ...read[i].content(), base }) } : read[i]);
    });
    sources.set(wb, { ...source, activeSheet: last.activeSheet, sheets });
  }
  return sources.get(wb) ?? blankSource(wb);
}

// Paths each loaded workbook (one per run) already backed up, so the backup keeps the file as
// it was before the run, not as the run's first save left it.
const backedUp = new WeakMap<MemoryWorkbook, Set<string>>();

/**
 * Writes the changes since the workbook was read (or last saved) into the file, atomically
 * (temp file beside it, fsync, rename). Before this run's first write to an existing file, the
 * old file is kept in `.backups/`. When nothing changed, the file is not touched at all.
 */
export async function saveXlsx(workbook: MemoryWorkbook, path: string): Promise<void> {
  const source = sourceOf(workbook);
  const data = writePackage(workbook, { ...source, sys: { ...source.sys, timeZone: workbook.timeZone } });
  const exists = fs.existsSync(path);
  if (data === undefined && exists) {
    workbook.dirty = false;
    return;
  }
  const bytes = data ?? writePackage(workbook, blankSource(workbook))!;
  const key = exists ? fs.realpathSync(path) : resolve(path);
  let done = backedUp.get(workbook);
  if (!done) backedUp.set(workbook, (done = new Set()));
  if (!done.has(key) && exists) backUp(path, fs.readFileSync(path));
  done.add(key);
  writeFileAtomic(path, bytes);
  const baselines = new Map(workbook.sheets.filter((sheet) => sheet.loaded).map((sheet) => [sheet, new SheetBaseline(sheet)]));
  written.set(workbook, { bytes, baselines, activeSheet: workbook.activeSheet });
  workbook.dirty = false;
}
