import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateText, inScope } from '../../../server/src/evaluate';
import { skipWithoutCorpus } from '../../support/corpus';
import { corpusReadings } from '../../support/corpus-rules';
import { sample } from './helpers';

/** A user with the attributes the standard rules read most. */
const USER = sample({
  objectGUID: 'guid:00112233-4455-6677-8899-aabbccddeeff',
  objectSid: 'base64:AQIAAAAAAAUgAAAAIAIAAA==',
  sAMAccountName: 'jd',
  userPrincipalName: 'jd@contoso.com',
  displayName: 'John Doe',
  givenName: 'John',
  sn: 'Doe',
  mail: 'jd@contoso.com',
  proxyAddresses: ['SMTP:jd@contoso.com', 'smtp:john@contoso.com'],
  userAccountControl: 512,
  dn: 'CN=John Doe,OU=Users,DC=contoso,DC=com',
  objectClass: ['top', 'person', 'organizationalPerson', 'user'],
});

describe('real rules', { skip: skipWithoutCorpus }, () => {
  const rules = () => corpusReadings().flatMap((r) => r.configs.flatMap((c) => c.rules));

  test('every real expression evaluates or fails with a stated reason, never an internal error', () => {
    const expressions = [...new Set(rules().flatMap((rule) => rule.flows.map((f) => f.expression.value)).filter((e): e is string => e !== null))];
    assert.ok(expressions.length > 50, `expected the corpus, found ${expressions.length} distinct expressions`);
    const internal: string[] = [];
    let ok = 0;
    for (const text of expressions) {
      for (const object of [sample(), USER]) {
        const result = evaluateText(text, object);
        if (result.ok) ok++;
        else if (/^Internal error/.test(result.error)) internal.push(`${text}: ${result.error}`);
      }
    }
    assert.deepEqual(internal, []);
    // Most standard expressions guard their inputs, so nearly all evaluate on both objects.
    assert.ok(ok > expressions.length, `only ${ok} of ${expressions.length * 2} evaluations succeeded`);
  });

  test('every real scoping filter gives a verdict', () => {
    for (const rule of rules()) {
      const result = inScope(rule.scopeGroups, USER);
      assert.ok(result.inScope === true || result.inScope === false || result.inScope === 'unknown');
      assert.ok(result.reasons.length > 0, rule.name.value ?? '');
    }
  });
});
