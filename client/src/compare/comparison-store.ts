import { EventEmitter, Uri, type Event } from 'vscode';
import type { CompareParams, CompareView, OpenComparedRuleArgs, RuleView } from '../../../server/src/protocol/compare';

/** The comparison this window shows: the tree, the virtual documents and the lenses all read it from here. */
export class ComparisonStore {
  private current: { view: CompareView; params: CompareParams; files: Set<string> } | undefined;
  private readonly changed = new EventEmitter<void>();
  readonly onDidChange: Event<void> = this.changed.event;

  get view(): CompareView | undefined {
    return this.current?.view;
  }

  get params(): CompareParams | undefined {
    return this.current?.params;
  }

  set(view: CompareView, params: CompareParams) {
    const files = new Set(view.rules.flatMap((r) => [r.primary?.uri, r.staging?.uri]).filter((u): u is string => !!u).map((u) => fileKey(Uri.parse(u))));
    this.current = { view, params, files };
    this.changed.fire();
  }

  /** The rule a command names, when it belongs to the comparison shown (a lens of an older one does not). */
  rule(args: OpenComparedRuleArgs): RuleView | undefined {
    const view = this.current?.view;
    return view && view.comparison === args.comparison ? view.rules[args.rule] : undefined;
  }

  /** Whether a file holds rules of the comparison shown. */
  holds(uri: Uri): boolean {
    return this.current?.files.has(fileKey(uri)) ?? false;
  }

  dispose() {
    this.changed.dispose();
  }
}

function fileKey(uri: Uri): string {
  return process.platform === 'win32' ? uri.fsPath.toLowerCase() : uri.fsPath;
}
