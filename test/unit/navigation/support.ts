import { readFileSync } from 'node:fs';
import { fixturePath } from '../../support/corpus';
import { readNavigationDocument, type NavigationDocument } from '../../../server/src/service/navigation';

/** A navigation fixture read the way the editor hands over a `.ps1`: text for cursor markers, document for the service. */
export function navigationFixture(name: string): { text: string; doc: NavigationDocument } {
  const text = readFileSync(fixturePath('navigation', name), 'utf8');
  return { text, doc: readNavigationDocument({ file: fixturePath('navigation', name), text, format: 'powershell' }) };
}
