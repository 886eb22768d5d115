import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_JS } from '../support/offlineBundle';

const root = join(__dirname, '..', '..');
const code = readFileSync(CODE_JS, 'utf8');

describe('the bundle clasp pushes (dist/Code.js)', () => {
  it('never turns text into code: no eval, no Function constructor, no string timers', () => {
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/\bnew\s+Function\s*\(/);
    expect(code).not.toMatch(/(^|[^.\w])Function\s*\(/);
    expect(code).not.toMatch(/\bset(Timeout|Interval)\s*\(\s*['"`]/);
  });

  it('uses no service that would need a wider scope than the manifest grants', () => {
    // openById/openByUrl need the full spreadsheets scope; the others, Drive, Gmail or the network.
    for (const forbidden of ['openById', 'openByUrl', 'DriveApp', 'GmailApp', 'UrlFetchApp', 'DocumentApp', 'FormApp', 'ContactsApp', 'ScriptApp.getOAuthToken']) {
      expect({ forbidden, found: code.includes(forbidden) }).toEqual({ forbidden, found: false });
    }
  });
});

describe('appsscript.json', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8'));
  const scopes: string[] = manifest.oauthScopes;

  it('asks for exactly the scopes docs/architecture.md lists, each explained in the README', () => {
    expect([...scopes].sort()).toEqual(
      ['spreadsheets.currentonly', 'script.container.ui', 'script.send_mail', 'calendar', 'script.scriptapp', 'userinfo.email'].map((s) => `https://www.googleapis.com/auth/${s}`).sort(),
    );
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const s of scopes) expect(readme).toContain(`| \`${s.replace('https://www.googleapis.com/auth/', '')}\` |`);
  });

  it('enables only the Calendar advanced service, which the calendar scope already covers', () => {
    expect(manifest.dependencies).toEqual({ enabledAdvancedServices: [{ userSymbol: 'Calendar', serviceId: 'calendar', version: 'v3' }] });
  });

  it('is the one copied to dist/, on V8 in Asia/Shanghai', () => {
    expect(JSON.parse(readFileSync(join(root, 'dist', 'appsscript.json'), 'utf8'))).toEqual(manifest);
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Shanghai');
  });
});
