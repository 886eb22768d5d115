import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { dependencyTable, productionDependencies } = require('../../scripts/dependencies.cjs') as {
  dependencyTable(): string;
  productionDependencies(): { name: string; installed: string }[];
};

describe('production dependencies', () => {
  it('are listed in the README with the versions installed now', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(readme).toContain(dependencyTable());
  });

  it('are pinned to a known major version (no *, latest or git URLs)', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    for (const [name, range] of Object.entries<string>(pkg.dependencies)) expect({ name, range }).toEqual({ name, range: expect.stringMatching(/^[\^~]?\d+\.\d+\.\d+$/) });
    expect(productionDependencies().length).toBe(Object.keys(pkg.dependencies).length);
  });
});
