// The layer rules of docs/architecture.md, read from the import statements of src/ and runner/:
// moving files into folders is not enough, the imports must run one way only.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(__dirname, '..');
const FEATURES = ['calendar', 'notices', 'aid', 'festivals', 'import', 'setup', 'pickup'];

function sourceFiles(dir: string): string[] {
  const full = join(ROOT, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

// Static imports and re-exports (type-only ones too: a type is a dependency), dynamic imports
// and require calls. Template strings are not imports, so a child script's text does not count.
const IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The project files a source file imports (paths relative to the repository root). */
export function importsOf(file: string, text: string = readFileSync(join(ROOT, file), 'utf8')): string[] {
  const found: string[] = [];
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const m of code.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec.startsWith('.')) continue;
    const base = resolve(join(ROOT, dirname(file)), spec);
    const hit = [base, `${base}.ts`, join(base, 'index.ts')].find((c) => existsSync(c) && statSync(c).isFile());
    found.push(relative(ROOT, hit ?? base).split('\\').join('/'));
  }
  return found;
}

const APPS_SCRIPT_GLOBALS = ['SpreadsheetApp', 'CalendarApp', 'MailApp', 'LockService', 'ScriptApp', 'PropertiesService', 'Session', 'HtmlService', 'Utilities', 'CardService'];
const GLOBAL_USE = new RegExp(`(?<![\\w.])(?:${APPS_SCRIPT_GLOBALS.join('|')})\\s*[.,)]`);

/** Whether code (comments aside) uses an Apps Script global: a member of it, or it passed as a value. */
export function usesAppsScriptGlobal(text: string): boolean {
  return GLOBAL_USE.test(text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, ''));
}

type Layer = 'kernel' | 'feature' | 'gas' | 'ui' | 'main' | 'runner' | 'other';

function layerOf(path: string): { layer: Layer; feature?: string } {
  const parts = path.split('/');
  if (parts[0] === 'runner') return { layer: 'runner' };
  if (parts[0] !== 'src') return { layer: 'other' };
  if (parts[1] === 'main.ts') return { layer: 'main' };
  if (parts[1] === 'kernel') return { layer: 'kernel' };
  if (parts[1] === 'gas') return { layer: 'gas' };
  if (parts[1] === 'ui') return { layer: 'ui' };
  if (FEATURES.includes(parts[1])) return { layer: 'feature', feature: parts[1] };
  return { layer: 'other' };
}

/** Why `from` may not import `to`, or null when the rules allow it. */
export function ruleBroken(from: string, to: string): string | null {
  const a = layerOf(from);
  const b = layerOf(to);
  if (b.layer === 'other' || a.layer === 'other') return null; // templates, build output, packages
  switch (a.layer) {
    case 'kernel':
      return b.layer === 'kernel' ? null : 'the kernel imports nothing above it';
    case 'feature':
      if (b.layer === 'kernel') return null;
      if (b.layer === 'feature') {
        if (b.feature === a.feature) return null;
        return to === `src/${b.feature}/index.ts` ? null : 'another feature only through its index.ts';
      }
      return `a feature never imports ${b.layer}`;
    case 'ui':
      return b.layer === 'ui' || b.layer === 'kernel' ? null : 'ui imports the kernel only';
    case 'gas':
      return b.layer === 'gas' || b.layer === 'kernel' || b.layer === 'ui' ? null : 'gas implements the kernel\'s port and imports no feature';
    case 'runner':
      return b.layer === 'runner' || b.layer === 'kernel' ? null : 'the runner runs dist/Code.js, it imports no feature or action';
    case 'main':
      return b.layer === 'runner' ? 'the bundle never imports the runner' : null;
  }
}

/** The import cycles of a graph (each strongly connected component of more than one file, or a file importing itself). */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}


describe('the layers of docs/architecture.md', () => {
  const files = [...sourceFiles('src'), ...sourceFiles('runner')];
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const broken = [...graph].flatMap(([from, tos]) => tos.flatMap((to) => {
    const why = ruleBroken(from, to);
    return why ? [`${from} -> ${to}`] : [];
  }));

  it('reads the imports of every source file', () => {
    expect(graph.get('src/main.ts')!.length).toBeGreaterThan(10);
    expect(importsOf('x/a.ts', "import type { A } from './b';\nexport { c } from '../c';\nconst s = `import { d } from './d'`;\n// import { e } from './e';")).toEqual(['x/b', 'c']);
  });

  it('keeps every import on the allowed side of a layer', () => {
    expect(broken).toEqual([]);
  });

  it('has no import cycle in src/ or runner/', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('names the Apps Script globals only in src/gas, which builds the services port from them', () => {
    const naming = files.filter((f) => f.startsWith('src/') && !f.startsWith('src/gas/')).filter((f) => usesAppsScriptGlobal(readFileSync(join(ROOT, f), 'utf8')));
    expect(naming).toEqual([]);
  });

  it('knows a rule when it sees one broken', () => {
    expect(usesAppsScriptGlobal('const lock = LockService.getDocumentLock();')).toBe(true);
    expect(usesAppsScriptGlobal('function f(app = SpreadsheetApp) {}')).toBe(true);
    expect(usesAppsScriptGlobal('// MailApp.sendEmail is called by the adapter\nconst t: GoogleAppsScript.Mail.MailApp | null = null;')).toBe(false);
    expect(ruleBroken('src/kernel/problem.ts', 'src/notices/campaign.ts')).toMatch(/kernel/);
    expect(ruleBroken('src/aid/checkAid.ts', 'src/notices/campaign.ts')).toMatch(/index/);
    expect(ruleBroken('src/notices/aidNoticeRows.ts', 'src/aid/index.ts')).toBeNull();
    expect(ruleBroken('src/ui/viewText.ts', 'src/aid/checkAid.ts')).toMatch(/kernel only/);
    expect(ruleBroken('runner/commands/sync.ts', 'src/calendar/syncCalendar.ts')).toMatch(/runner/);
    expect(cycles(new Map([['a', ['b']], ['b', ['a']], ['c', ['a']]]))).toEqual([['a', 'b']]);
  });
});
