import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/**
 * A real JSON-schema validator (ajv) with the official SARIF 2.1.0 schema, which @microsoft/jest-sarif ships.
 * The schema is draft-04 and holds one pattern that is not valid in Unicode mode, hence `unicodeRegExp: false`.
 */
export function sarifValidator() {
  const file = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(file, 'utf8')));
}
