import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

// The shipped parser skips chevrotain's grammar validations (production mode); this process turns
// them on before the parser module loads, so an ambiguous or left-recursive rule fails here.
process.env.ADSYNC_GRAMMAR_CHECKS = '1';

describe('the grammar, built with chevrotain validations on', () => {
  it('passes self-analysis and parses a command', async () => {
    const { parseScript } = await import('../../../server/src/syntax/parse-script');
    const parsed = parseScript("New-ADSyncRule -Name 'x' -OutVariable syncRule\n");
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.script.statements.length, 1);
  });
});
