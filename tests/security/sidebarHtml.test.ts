import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The sidebar shows names, addresses and campaign titles from the sheets. Its browser code builds
// the page with DOM nodes only (src/ui/browser/dom.ts), so no cell can become markup or script:
// no HTML string sink, no code from strings, no link or source taken from data.
const browserDir = join(__dirname, '..', '..', 'src', 'ui', 'browser');
const files = readdirSync(browserDir).filter((f) => f.endsWith('.ts'));

describe('the sidebar’s browser code', () => {
  it.each(files)('%s writes no HTML strings and runs no strings as code', (file) => {
    const code = readFileSync(join(browserDir, file), 'utf8');
    expect(code).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\s*\(|new\s+Function\s*\(|createContextualFragment/);
    expect(code).not.toMatch(/setAttribute\(\s*['"](href|src|srcdoc|on\w+)['"]/);
  });
});
