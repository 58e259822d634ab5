import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findFunction } from '../../../server/src/catalog/functions';
import { LEGACY_FUNCTIONS, LEGACY_OPERATORS } from '../../../server/src/catalog/legacy-functions';

describe('legacy FIM function names', () => {
  it('maps the names DOMAIN §8.3 quotes', () => {
    assert.deepEqual(LEGACY_FUNCTIONS, {
      UpperCase: 'UCase',
      LowerCase: 'LCase',
      ProperCase: 'PCase',
      ReplaceString: 'Replace',
      LeftPad: 'PadLeft',
      RightPad: 'PadRight',
      ConvertStringToGuid: 'CGuid',
      ConvertSidToString: 'StringFromSid',
      Eq: '=',
      NotEquals: '<>',
    });
  });

  it('points every non-operator name at an engine function, and no legacy name is itself an engine name', () => {
    for (const [legacy, target] of Object.entries(LEGACY_FUNCTIONS)) {
      assert.equal(findFunction(legacy), undefined, `${legacy} is not an engine name`);
      if (LEGACY_OPERATORS.has(legacy)) assert.ok(['=', '<>', '<', '<=', '>', '>=', '+', '-', '*', '&', '&&', '||'].includes(target), `${legacy} → operator ${target}`);
      else assert.equal(findFunction(target)?.name, target, `${legacy} → ${target}`);
    }
  });

  it('marks only names of the table as operators', () => {
    for (const name of LEGACY_OPERATORS) assert.ok(name in LEGACY_FUNCTIONS, name);
  });
});
