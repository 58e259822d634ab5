// extensionTestsPath: VS Code calls run() inside its extension host, with the extension loaded.
const path = require('path');
const Mocha = require('mocha');

exports.run = () => {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec' });
  for (const name of require('fs').readdirSync(__dirname).filter((n) => n.endsWith('.test.cjs')).sort()) mocha.addFile(path.join(__dirname, name));
  return new Promise((resolve, reject) => mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve())));
};
