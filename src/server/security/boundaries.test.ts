import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import boundaries are the lint's (eslint.config.js); this proves the rule still bites, so a
 * config change cannot silently turn it off.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(code: string, filePath: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('import boundaries', () => {
  it("refuses a domain importing another domain's repository, service or rules", async () => {
    const code = [
      "import { a } from '../finance/finance.repository';",
      "import { b } from '../obligations/obligations.service';",
      "import { c } from '../../housing/import/import.rules';",
      'export { a, b, c };',
    ].join('\n');
    expect(await boundaryErrors(code, 'src/server/domains/reports/example.ts')).toBe(3);
  });

  it("lets a domain use another's published queries and commands, its own files, the kernel and the platform", async () => {
    const code = [
      "import { a } from '../finance/finance.queries';",
      "import { b } from '../finance/finance.commands';",
      "import { c } from './reports.repository';",
      "import { d } from '../../kernel/principal';",
      "import { e } from '../../platform/errors';",
      'export { a, b, c, d, e };',
    ].join('\n');
    expect(await boundaryErrors(code, 'src/server/domains/reports/example.ts')).toBe(0);
  });

  it('refuses the platform and the kernel importing a domain', async () => {
    const code = "import { a } from '../domains/access/access.queries';\nexport { a };";
    expect(await boundaryErrors(code, 'src/server/platform/example.ts')).toBe(1);
    expect(await boundaryErrors(code, 'src/server/kernel/example.ts')).toBe(1);
  });
});
