import * as path from 'node:path';
import { commands, Uri, window, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCompare } from './compare';
import { registerStatus } from './status';
import { ComparisonStore } from './compare/comparison-store';
import { registerOpenConfiguration } from './open-configuration';
import { registerLineage } from './lineage';
import { registerHealth } from './health';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.cjs'));
  // stdio: the server writes each diagnostic's JSON once (message-encoder.ts); IPC would serialize every
  // diagnostic of a large export again on every keystroke.
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // .ps1 stays the PowerShell extension's language; the server stays silent on files without sync-rule cmdlets.
    documentSelector: [
      { scheme: 'file', language: 'powershell' },
      { scheme: 'untitled', language: 'powershell' },
      { language: 'adsync-powershell' },
    ],
    // languageclient 11 logs through a LogOutputChannel; a plain channel makes start() fail.
    outputChannel: window.createOutputChannel('Entra Connect Sync Rules', { log: true }),
    synchronize: { configurationSection: 'adsyncRules' },
  };
  context.subscriptions.push(
    // Quick fixes link each check's page; it opens as rendered Markdown beside the script.
    commands.registerCommand('adsyncRules.showDocumentation', (href: string) => commands.executeCommand('markdown.showPreviewToSide', Uri.parse(href))),
  );
  client = new LanguageClient('adsyncRules', 'Entra Connect Sync Rules', serverOptions, clientOptions);
  const comparison = new ComparisonStore();
  context.subscriptions.push(...registerCompare(client, comparison), ...registerStatus(client, comparison), ...registerOpenConfiguration(client), ...registerLineage(client), ...registerHealth(client));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
