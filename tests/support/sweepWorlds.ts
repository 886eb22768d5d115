// Starting worlds for the crash sweeps, built once per test file and copied for every run.
import type { MemoryWorkbook } from '../../runner/workbook';
import { cloneWorkbook } from './cloneWorkbook';
import { type World, worldOf } from './crashSweep';
import { sampleWorkbook } from './offlineBundle';

let sample: MemoryWorkbook | undefined;

/** The sample workbook (初始化工作簿 with the sample data), edited by `edit` once. */
export function sampleWorld(edit?: (wb: MemoryWorkbook) => void): () => World {
  sample ??= sampleWorkbook();
  const base = cloneWorkbook(sample);
  edit?.(base);
  return () => worldOf(cloneWorkbook(base));
}
