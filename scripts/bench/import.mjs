// Bench section: 导入名册 — the pure merge plan, reading an export file, and the whole import
// through dist/Code.js on the runner's services (run `npm run build` first).
// Usage: `node scripts/bench/import.mjs` alone, or `benchImport()` from scripts/bench.mjs;
// returns rows of { what, ms }.
import { loadTs } from '../loadTs.mjs';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function hrExport(count, emailOf = (i) => `t${i}@example.edu.cn`) {
  const rows = [['职工号', '姓名', '性别', '出生年月', '所在分会', 'Email', '手机号码']];
  for (let i = 0; i < count; i++) {
    rows.push([String(100000 + i).padStart(7, '0'), `职工${i}`, i % 2 ? 'M' : 'F', `${1960 + (i % 40)}${String((i % 12) + 1).padStart(2, '0')}15`,
      `第${i % 30}分会`, emailOf(i), String(13800000000 + i)]);
  }
  return rows;
}

export async function benchImport(rows = 10_000) {
  mkdirSync(join(root, 'bench', 'tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, 'bench', 'tmp', 'import-'));
  try {
    const { planImport, ROSTER_IMPORT, readImportBytes, runBundle, ROSTER_SPEC, MemoryWorkbook } = await loadTs(dir, 'import', [
      "export { planImport, ROSTER_IMPORT } from './src/import/importMerge';",
      "export { readImportBytes } from './runner/importFile';",
      "export { runBundle } from './tests/support/offlineBundle';",
      "export { ROSTER_SPEC } from './src/kernel/sheets/schema';",
      "export { MemoryWorkbook } from './runner/workbook';",
    ]);
    const headers = ROSTER_SPEC.columns.map((c) => c.header);
    const first = hrExport(rows);
    const later = hrExport(rows, (i) => (i % 100 === 0 ? `new${i}@example.edu.cn` : `t${i}@example.edu.cn`));
    const time = async (fn) => { const t = performance.now(); const v = await fn(); return [Math.round(performance.now() - t), v]; };
    const results = [];

    const [planMs] = await time(() => planImport(ROSTER_IMPORT, { name: 'x', rows: first }, [headers]));
    results.push({ what: `import plan: ${rows} new members (pure core)`, ms: planMs });

    const csv = new TextEncoder().encode('\ufeff' + first.map((r) => r.join(',')).join('\r\n'));
    const [csvMs] = await time(() => readImportBytes('x.csv', csv));
    results.push({ what: `read ${rows}-row CSV (UTF-8 BOM, ${(csv.length / 1e6).toFixed(1)} MB)`, ms: csvMs });

    const ExcelJS = createRequire(import.meta.url)('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名册');
    for (const r of first) ws.addRow(r);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    const [xlsxMs] = await time(() => readImportBytes('x.xlsx', xlsx));
    results.push({ what: `read ${rows}-row .xlsx`, ms: xlsxMs });

    const workbook = MemoryWorkbook.create({ 会员名册: [headers] });
    const run1 = runBundle({ workbook, realTime: true });
    const [addMs] = await time(() => run1.call('apiImport', { into: '会员名册', rows: first, apply: true }));
    results.push({ what: `apiImport on dist/Code.js: ${rows} new (${run1.services.log.count('spreadsheet', 'Range.getValues')} read, ${run1.services.log.count('spreadsheet', 'Range.setValues')} write)`, ms: addMs });
    const run2 = runBundle({ workbook, realTime: true });
    const [changeMs] = await time(() => run2.call('apiImport', { into: '会员名册', rows: later, apply: true }));
    results.push({ what: `apiImport on dist/Code.js: ${rows} again, ${rows / 100} changed`, ms: changeMs });
    const run3 = runBundle({ workbook, realTime: true });
    const [sameMs] = await time(() => run3.call('apiImport', { into: '会员名册', rows: later, apply: true }));
    results.push({ what: `apiImport on dist/Code.js: ${rows} again, nothing to write (${run3.services.log.count('spreadsheet', 'Range.setValues')} writes)`, ms: sameMs });
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await benchImport(Number(process.argv[2]) || 10_000));
}
