import * as path from 'node:path';
import { Uri, window, workspace, type QuickPickItem } from 'vscode';
import type { CompareParams } from '../../../server/src/protocol/compare';

type Side = 'primary' | 'staging';

/**
 * What to compare: the `adsyncRules.primary` / `adsyncRules.staging` settings when set, else the user's
 * picks; the connector map from `adsyncRules.connectorMap`. Undefined when the user cancels.
 */
export async function pickCompareInputs(): Promise<CompareParams | undefined> {
  const config = workspace.getConfiguration('adsyncRules');
  const primary = configuredPaths(config.get('primary')) ?? (await pickSide('primary'));
  if (!primary) return undefined;
  // A Documenter report holds both servers; the server takes its production side as staging.
  const oneReport = primary.length === 1 && /\.html?$/i.test(primary[0]);
  const staging = configuredPaths(config.get('staging')) ?? (oneReport ? [] : await pickSide('staging'));
  if (!staging) return undefined;
  return { primary, staging, map: config.get<Record<string, string>>('connectorMap') ?? {} };
}

/** A setting holds one path or a list; relative paths are read from the first workspace folder. */
function configuredPaths(value: unknown): string[] | undefined {
  const list = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (list.length === 0) return undefined;
  const root = workspace.workspaceFolders?.[0]?.uri.fsPath;
  return list.map((p) => {
    const expanded = root ? p.replace(/\$\{workspaceFolder\}/g, root) : p;
    return root && !path.isAbsolute(expanded) ? path.join(root, expanded) : expanded;
  });
}

const DESCRIBE: Record<Side, string> = {
  primary: 'the primary (active) server',
  staging: 'the staging server',
};

/**
 * Files or a folder for one side. Only macOS offers files and folders in one dialog; elsewhere a dialog
 * that allows both shows folders only, so the user says first which of the two it is.
 */
async function pickSide(side: Side): Promise<string[] | undefined> {
  let files = true;
  let folders = true;
  if (process.platform !== 'darwin') {
    const items: (QuickPickItem & { folders: boolean })[] = [
      { label: '$(folder) A folder…', description: 'a Get-ADSyncServerConfiguration export, or a folder of exports', folders: true },
      { label: '$(file) Files…', description: 'Rules Editor exports (.ps1), Documenter scripts (.ps1.txt) or a Documenter report (.html)', folders: false },
    ];
    const choice = await window.showQuickPick(items, { title: `Compare: ${DESCRIBE[side]}`, placeHolder: `What holds the rules of ${DESCRIBE[side]}?` });
    if (!choice) return undefined;
    folders = choice.folders;
    files = !choice.folders;
  }
  const picked = await window.showOpenDialog({
    title: `Compare: ${DESCRIBE[side]}`,
    openLabel: side === 'primary' ? 'Use as Primary' : 'Use as Staging',
    canSelectFiles: files,
    canSelectFolders: folders,
    canSelectMany: true,
    defaultUri: workspace.workspaceFolders?.[0]?.uri,
    filters: files && !folders ? { 'Sync rule inputs': ['ps1', 'txt', 'html', 'htm'], 'All files': ['*'] } : undefined,
  });
  return picked?.length ? picked.map((u: Uri) => u.fsPath) : undefined;
}
