// Bench section: the offline runner's .xlsx store on a 50,000-row 会员名册.
// Usage: `node scripts/bench/xlsxStore.mjs` alone, or `benchXlsxStore()` from scripts/bench.mjs;
// returns rows of { what, ms }.
import { loadTs } from '../loadTs.mjs';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function benchXlsxStore(rows = 50_000) {
  // Inside the repository (bench/tmp is git-ignored) so the bundle resolves exceljs.
  mkdirSync(join(root, 'bench', 'tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, 'bench', 'tmp', 'xlsx-'));
  try {
    const { MemoryWorkbook, saveXlsx, loadXlsx } = await loadTs(dir, 'store', [
      "export * from './runner/xlsxStore'; export { MemoryWorkbook } from './runner/workbook';",
    ]);
    const data = [['工号', '姓名', '性别', '出生日期', '分会', '邮箱', '手机', '会员状态']];
    for (let i = 1; i <= rows; i++) {
      data.push([String(i).padStart(6, '0'), `会员${i}`, i % 2 ? '男' : '女', new Date(Date.UTC(1970 + (i % 40), i % 12, 1 + (i % 28), -8)), `分会${i % 30}`, `m${i}@example.edu.cn`, `138${String(i).padStart(8, '0')}`, '在册']);
    }
    const wb = MemoryWorkbook.create({ 会员名册: data });
    wb.sheet('会员名册').columnFormats.set(1, '@');
    wb.sheet('会员名册').columnFormats.set(7, '@');
    const file = join(dir, 'big.xlsx');
    let t = performance.now();
    await saveXlsx(wb, file);
    const save = performance.now() - t;
    t = performance.now();
    await loadXlsx(file);
    const load = performance.now() - t;
    return [
      { what: `xlsx save ${rows} rows × 8`, ms: Math.round(save) },
      { what: `xlsx load ${rows} rows × 8`, ms: Math.round(load) },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await benchXlsxStore());
}
