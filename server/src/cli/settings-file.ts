import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SETTINGS, parseCheckSettings, type CheckSettings } from '../checks/settings';
import { InputError } from '../service/inputs';

export const SETTINGS_FILE = '.adsync-rules.json';

/** `--config <file>`, else `.adsync-rules.json` in the working folder, else the defaults. */
export function loadSettings(explicit: string | undefined, cwd: string): CheckSettings {
  const file = explicit ?? path.join(cwd, SETTINGS_FILE);
  let settings: CheckSettings = { ...DEFAULT_SETTINGS };
  if (explicit !== undefined || fs.existsSync(file)) {
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      throw new InputError(`${file}: ${e instanceof SyntaxError ? `not valid JSON (${e.message})` : (e as Error).message}`);
    }
    const parsed = parseCheckSettings(json);
    if (parsed.problems.length) throw new InputError(`${file}: ${parsed.problems.join('; ')}`);
    settings = parsed.settings;
  }
  const docs = docsFolder();
  if (docs) settings.docsBase = pathToFileURL(docs).href + '/';
  return settings;
}

/** The docs/rules folder of this installation: beside the package.json above the running script. */
function docsFolder(): string | undefined {
  let dir = path.dirname(path.resolve(process.argv[1] ?? '.'));
  for (let k = 0; k < 6; k++) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && /"name":\s*"adsync-rules"/.test(fs.readFileSync(pkg, 'utf8'))) {
      const docs = path.join(dir, 'docs', 'rules');
      return fs.existsSync(docs) ? docs : undefined;
    }
    dir = path.dirname(dir);
  }
  return undefined;
}
