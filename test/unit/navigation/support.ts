import { readFileSync } from 'node:fs';
import { fixturePath } from '../../support/corpus';
import type { NavigationDocument } from '../../../server/src/service/navigation';
import { readExpressionDocument } from '../../../server/src/service/expression-features/expression-document';

/** A navigation fixture read the way the editor hands over a `.ps1`: text for cursor markers, document for the service. */
export function navigationFixture(name: string): { text: string; doc: NavigationDocument } {
  const text = readFileSync(fixturePath('navigation', name), 'utf8');
  return { text, doc: readExpressionDocument({ file: fixturePath('navigation', name), text, format: 'powershell' }) };
}
