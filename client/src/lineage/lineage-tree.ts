import { EventEmitter, MarkdownString, Range, ThemeIcon, TreeItem, TreeItemCollapsibleState, Uri, type TreeDataProvider } from 'vscode';
import type { LineageFlowView, LineageGroupView, LineageView } from '../../../server/src/protocol/lineage';

export type LineageNode = { kind: 'group'; group: LineageGroupView } | { kind: 'flow'; flow: LineageFlowView } | { kind: 'none'; text: string };

/** The last lineage asked for: where the value lands, then its flows in the engine's order. */
export class LineageTree implements TreeDataProvider<LineageNode> {
  private readonly changed = new EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  view: LineageView | undefined;

  show(view: LineageView) {
    this.view = view;
    this.changed.fire();
  }

  getChildren(node?: LineageNode): LineageNode[] {
    if (!this.view) return [];
    if (!node) {
      if (this.view.groups.length === 0) return [{ kind: 'none', text: `No flow in ${this.view.files} file${this.view.files === 1 ? '' : 's'} writes ${this.view.attribute}` }];
      return this.view.groups.map((group) => ({ kind: 'group', group }));
    }
    return node.kind === 'group' ? node.group.flows.map((flow) => ({ kind: 'flow', flow })) : [];
  }

  getTreeItem(node: LineageNode): TreeItem {
    if (node.kind === 'none') return Object.assign(new TreeItem(node.text), { iconPath: new ThemeIcon('info') });
    if (node.kind === 'group') {
      const g = node.group;
      const item = new TreeItem(g.target, TreeItemCollapsibleState.Expanded);
      item.description = `${g.direction ?? 'direction unknown'} · ${g.flows.length} flow${g.flows.length === 1 ? '' : 's'}`;
      item.iconPath = new ThemeIcon(g.direction === 'outbound' ? 'arrow-up' : 'arrow-down');
      if (g.note) item.tooltip = g.note;
      return item;
    }
    const f = node.flow;
    const item = new TreeItem(`${f.precedence ?? '?'}  ${f.rule}`, TreeItemCollapsibleState.None);
    item.description = f.wins ? `wins · ${f.summary}` : f.summary;
    item.iconPath = new ThemeIcon(f.wins ? 'star-full' : f.applied ? 'circle-outline' : 'circle-slash');
    item.tooltip = new MarkdownString(`**${escape(f.rule)}** · ${escape(f.connector ?? '?')}\n\n${escape(f.summary)}\n\nScope: ${escape(f.scope)}\n\n${escape(f.role)}`);
    const r = f.range;
    item.command = { command: 'vscode.open', title: 'Open Flow', arguments: [Uri.parse(f.uri), { selection: new Range(r.start.line, r.start.character, r.end.line, r.end.character) }] };
    return item;
  }
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
