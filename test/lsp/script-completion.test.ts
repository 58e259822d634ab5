// Completion in the PowerShell around expressions over a real stdio connection to the bundled server,
// chained with the expression completion in one handler.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionRequest, CompletionTriggerKind, type CompletionItem, type CompletionList, type Position, type TextEdit } from 'vscode-languageserver-protocol/node';
import { ServerProcess } from './support/server-process';
import { docUri } from './support/documents';
import { sliceRange, withCursor } from '../unit/service/support/cursor';
import { script } from '../unit/script-completion/fixtures';

const TIMEOUT = { timeout: 15000 };

describe('script completion over the protocol', () => {
  let server: ServerProcess;
  let version = 1;
  const uri = docUri('script-completion.ps1');

  before(async () => {
    ({ server } = await ServerProcess.initialized());
  }, TIMEOUT);
  after(() => server?.dispose(), TIMEOUT);

  /** Puts `marked` (without its cursor) in the open document and asks for completion at the cursor. */
  async function completeAt(marked: string, triggerCharacter?: string): Promise<{ items: CompletionItem[]; text: string }> {
    const { text, position } = withCursor(marked);
    if (version > 1) await server.close(uri);
    await server.open(uri, 'powershell', version++, text);
    const context = triggerCharacter ? { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter } : { triggerKind: CompletionTriggerKind.Invoked };
    const result = (await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: position as Position, context })) as CompletionList | CompletionItem[] | null;
    return { items: Array.isArray(result) ? result : (result?.items ?? []), text };
  }

  it("after -Direction ' the canonical directions replace the quoted value", TIMEOUT, async () => {
    const { items, text } = await completeAt(script(['New-ADSyncRule  `', "-Name 'x' `", "-Direction '$0'", '', '']), "'");
    assert.deepEqual(items.map((i) => (i.textEdit as TextEdit).newText), ["'Inbound'", "'Outbound'"]);
    assert.equal(sliceRange(text, (items[0].textEdit as TextEdit).range), "''");
  });

  it('after - the cmdlet’s missing parameters', TIMEOUT, async () => {
    const { items } = await completeAt(script(['New-ADSyncRule  `', "-Name 'x' `", '-$0', '', '']), '-');
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('-Direction') && !labels.includes('-Name'), JSON.stringify(labels));
  });

  it('inside an expression the expression completion still answers; a - typed there offers nothing', TIMEOUT, async () => {
    const marked = script(['Add-ADSyncAttributeFlowMapping  `', '-SynchronizationRule $syncRule[0] `', "-Destination 'title' `", "-FlowType 'Expression' `", "-Expression 'Trim([$0' `", '-OutVariable syncRule', '', '']);
    const attributes = await completeAt(marked, '[');
    assert.ok(attributes.items.some((i) => i.label === 'givenName'));
    const minus = await completeAt(marked.replace('Trim([$0', 'Len([givenName]) -$0'), '-');
    assert.deepEqual(minus.items, []);
  });
});
