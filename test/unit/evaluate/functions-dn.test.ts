import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { error, value } from './helpers';

const user = { dn: 'cn=Joe,ou=Atlanta,ou=GA,ou=US, dc=contoso,dc=com' };

describe('directory functions', () => {
  test('DNComponent gives the value of a component from the left, without its type', () => {
    assert.equal(value('DNComponent(CRef([dn]),1)', user), 'Joe');
    assert.equal(value('DNComponent(CRef([dn]),2)', user), 'Atlanta');
    assert.equal(value('DNComponent(CRef([dn]),5)', user), 'contoso');
  });

  test('DNComponent keeps escaped commas inside a value, escapes and all', () => {
    assert.equal(value('DNComponent(CRef("CN=Smith\\, John,OU=Sales,DC=contoso,DC=com"),1)'), 'Smith\\, John');
    assert.equal(value('DNComponent(CRef("CN=Smith\\, John,OU=Sales,DC=contoso,DC=com"),2)'), 'Sales');
  });

  test('DNComponent outside the DN gives NULL; a string DN asks for CRef', () => {
    assert.equal(value('DNComponent(CRef([dn]),7)', user), null);
    assert.equal(value('DNComponent(CRef([dn]),0)', user), null);
    assert.match(error('DNComponent([dn],1)', user), /expected type Reference, passed String \(convert it with CRef/);
  });

  test('DNComponentRev counts from the right; "DC" skips the dc= components (the reference example)', () => {
    assert.equal(value('DNComponentRev(CRef([dn]),3)', user), 'US');
    assert.equal(value('DNComponentRev(CRef([dn]),1,"DC")', user), 'US');
    assert.equal(value('DNComponentRev(CRef([dn]),1)', user), 'com');
    assert.equal(value('DNComponentRev(CRef([dn]),4,"DC")', user), 'Joe');
    assert.match(error('DNComponentRev(CRef([dn]),1,"OU")', user), /expected "DC"/);
  });

  test('EscapeDNComponent escapes the value and keeps the type prefix', () => {
    assert.equal(value('EscapeDNComponent("CN=" & [displayName])', { displayName: 'Smith, John <HR>' }), 'CN=Smith\\, John \\<HR\\>');
    assert.equal(value('EscapeDNComponent("#1 ")'), '\\#1\\ ');
    // No `type=` prefix: the whole text is one value.
    assert.equal(value('EscapeDNComponent("a+b=c")'), 'a\\+b\\=c');
  });
});
