// Bench section: the offline runner's .xlsx store on a 会员名册 of 100 and 5,000 rows (and
// 50,000 for the load): writing a new file, loading it, and the save after a command changed one
// column (what check-aid or a send does: the rest of the file is copied, not rewritten).
// Usage: `node scripts/bench/xlsxStore.mjs` alone, or `benchXlsxStore()` from scripts/bench.mjs;
// returns rows of { what, ms, cpuMs }.
import { loadTs } from '../loadTs.mjs';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function roster(MemoryWorkbook, rows) {
  const data = [['工号', '姓名', '性别', '出生日期', '分会', '邮箱', '手机', '会员状态']];
  for (let i = 1; i <= rows; i++) {
    data.push([String(i).padStart(6, '0'), `会员${i}`, i % 2 ? '男' : '女', new Date(Date.UTC(1970 + (i % 40), i % 12, 1 + (i % 28), -8)), `分会${i % 30}`, `m${i}@example.edu.cn`, `138${String(i).padStart(8, '0')}`, '在册']);
  }
  const wb = MemoryWorkbook.create({ 设置: [['项目', '值'], ['计划年度', 2023]], 会员名册: data });
  wb.sheet('会员名册').columnFormats.set(1, '@');
  wb.sheet('会员名册').columnFormats.set(7, '@');
  return wb;
}

/** Wall time, and this process's CPU time (the fairer figure on a shared, busy machine). */
async function timed(fn) {
  const t = performance.now();
  const c = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(c);
  return { ms: Math.round(performance.now() - t), cpuMs: Math.round((used.user + used.system) / 1000) };
}

export async function benchXlsxStore(sizes = [100, 5_000, 50_000]) {
  // Inside the repository (bench/tmp is git-ignored) so the bundle resolves its packages.
  mkdirSync(join(root, 'bench', 'tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, 'bench', 'tmp', 'xlsx-'));
  try {
    const { MemoryWorkbook, saveXlsx, loadXlsx } = await loadTs(dir, 'store', [
      "export * from './runner/xlsxStore'; export { MemoryWorkbook } from './runner/workbook';",
    ]);
    const out = [];
    for (const rows of sizes) {
      const file = join(dir, `roster-${rows}.xlsx`);
      const save = await timed(() => saveXlsx(roster(MemoryWorkbook, rows), file));
      let loaded;
      // A sheet is parsed when a command first reads it: the load includes reading 会员名册.
      let sheet;
      const load = await timed(async () => {
        loaded = (await loadXlsx(file)).workbook;
        sheet = loaded.sheet('会员名册');
        sheet.lastRow();
      });
      for (let r = 2; r <= rows + 1; r++) if (r % 3 === 0) sheet.values.set(r, 8, '退休');
      const change = await timed(() => saveXlsx(loaded, file));
      out.push(
        { what: `xlsx save, new file, ${rows} rows × 8`, ...save },
        { what: `xlsx load ${rows} rows × 8 (and read the sheet)`, ...load },
        { what: `xlsx save after a command changed one column (1 in 3 rows), ${rows} rows`, ...change },
      );
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await benchXlsxStore());
}
