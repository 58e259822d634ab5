import { ThemeIcon, TreeItem, TreeItemCollapsibleState, type Event, type TreeDataProvider } from 'vscode';
import { OPEN_COMPARED_RULE_COMMAND, type CompareStatus, type CompareView, type FieldChangeView, type OpenComparedRuleArgs, type RuleView, type SettingView } from '../../../server/src/protocol/compare';
import { ENTRA_CONNECTOR_ID } from '../../../server/src/model/well-known';
import type { ComparisonStore } from './comparison-store';

export type DifferenceNode =
  | { kind: 'problem'; text: string }
  | { kind: 'settings'; settings: SettingView[] }
  | { kind: 'setting'; setting: SettingView }
  | { kind: 'status'; status: CompareStatus; rules: RuleView[] }
  | { kind: 'connector'; status: CompareStatus; connector: string; rules: RuleView[] }
  | { kind: 'rule'; rule: RuleView };

const STATUS_ORDER: CompareStatus[] = ['changed', 'onlyInPrimary', 'onlyInStaging', 'drift', 'same'];

/** The differences of the comparison shown, by status then connector; each rule opens its two sides. */
export class DifferencesTree implements TreeDataProvider<DifferenceNode> {
  readonly onDidChangeTreeData: Event<void>;

  constructor(private readonly store: ComparisonStore) {
    this.onDidChangeTreeData = store.onDidChange;
  }

  getChildren(node?: DifferenceNode): DifferenceNode[] {
    const view = this.store.view;
    if (!view) return [];
    if (!node) return topLevel(view);
    switch (node.kind) {
      case 'settings':
        return node.settings.map((setting) => ({ kind: 'setting', setting }));
      case 'status':
        return [...new Set(node.rules.map((r) => r.connector))].map((connector) => ({ kind: 'connector', status: node.status, connector, rules: node.rules.filter((r) => r.connector === connector) }));
      case 'connector':
        return node.rules.map((rule) => ({ kind: 'rule', rule }));
      default:
        return [];
    }
  }

  getTreeItem(node: DifferenceNode): TreeItem {
    const view = this.store.view!;
    switch (node.kind) {
      case 'problem':
        return item(node.text, TreeItemCollapsibleState.None, { icon: 'warning', tooltip: node.text });
      case 'settings':
        return item(`Settings that differ (${node.settings.length})`, TreeItemCollapsibleState.Expanded, { icon: 'settings-gear' });
      case 'setting': {
        const s = node.setting;
        return item(s.name.replace(/^Microsoft\./, ''), TreeItemCollapsibleState.None, {
          icon: s.critical ? 'error' : 'settings',
          description: `${s.primary ?? '(none)'} ↔ ${s.staging ?? '(none)'}`,
          tooltip: `${s.name}\nprimary: ${s.primary ?? '(none)'}\nstaging: ${s.staging ?? '(none)'}${s.critical ? '\nThe servers would not produce the same identities.' : ''}`,
        });
      }
      case 'status':
        return item(`${statusTitle(node.status, view)} (${node.rules.length})`, node.status === 'same' || node.status === 'drift' ? TreeItemCollapsibleState.Collapsed : TreeItemCollapsibleState.Expanded, {});
      case 'connector':
        return item(connectorTitle(node.connector), TreeItemCollapsibleState.Expanded, { icon: 'plug', description: String(node.rules.length) });
      case 'rule':
        return ruleItem(view, node.rule);
    }
  }
}

function topLevel(view: CompareView): DifferenceNode[] {
  const nodes: DifferenceNode[] = view.problems.map((text) => ({ kind: 'problem', text }));
  if (view.settings.length) nodes.push({ kind: 'settings', settings: view.settings });
  for (const status of STATUS_ORDER) {
    const rules = view.rules.filter((r) => r.status === status);
    if (rules.length) nodes.push({ kind: 'status', status, rules });
  }
  return nodes;
}

function statusTitle(status: CompareStatus, view: CompareView): string {
  switch (status) {
    case 'changed':
      return 'Changed';
    case 'onlyInPrimary':
      return `Only in primary (${view.primary.label})`;
    case 'onlyInStaging':
      return `Only in staging (${view.staging.label})`;
    case 'drift':
      return 'Drift: standard rules renumbered by the wizard';
    case 'same':
      return 'Same';
  }
}

function connectorTitle(connector: string): string {
  return connector.toLowerCase() === ENTRA_CONNECTOR_ID ? 'Entra ID connector' : connector;
}

const RULE_ICONS: Record<CompareStatus, string> = { changed: 'diff-modified', onlyInPrimary: 'diff-removed', onlyInStaging: 'diff-added', drift: 'history', same: 'check' };

function ruleItem(view: CompareView, rule: RuleView): TreeItem {
  const args: OpenComparedRuleArgs = { comparison: view.comparison, rule: rule.index };
  const note = rule.actionable ? ' · Disabled only' : rule.unsupported ? ' · unsupported edit of a standard rule' : '';
  const description = rule.status === 'changed' || rule.status === 'drift' ? `${rule.changes.length} change${rule.changes.length === 1 ? '' : 's'}${note}` : rule.standard ? 'standard rule' : '';
  const t = item(rule.name, TreeItemCollapsibleState.None, { icon: RULE_ICONS[rule.status], description, tooltip: ruleTooltip(rule) });
  t.command = { command: OPEN_COMPARED_RULE_COMMAND, title: 'Compare', arguments: [args] };
  // Which sides exist decides which "open" actions the item offers.
  t.contextValue = ['rule', rule.primary ? 'primary' : '', rule.staging ? 'staging' : ''].filter(Boolean).join(' ');
  return t;
}

function ruleTooltip(rule: RuleView): string {
  const head = `${rule.name} (${rule.direction ?? 'direction unknown'}${rule.standard ? ', standard rule' : ''})`;
  return [head, ...rule.changes.map(changeLine)].join('\n');
}

function changeLine(c: FieldChangeView): string {
  return `${c.field}: ${shortValue(c.primary)} → ${shortValue(c.staging)}`;
}

function shortValue(v: unknown): string {
  const text = v === null || v === undefined ? '(none)' : typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 120 ? text.slice(0, 117) + '…' : text;
}

function item(label: string, state: TreeItemCollapsibleState, o: { icon?: string; description?: string; tooltip?: string }): TreeItem {
  const t = new TreeItem(label, state);
  if (o.icon) t.iconPath = new ThemeIcon(o.icon);
  if (o.description) t.description = o.description;
  if (o.tooltip) t.tooltip = o.tooltip;
  return t;
}
