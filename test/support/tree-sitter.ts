import { createRequire } from 'node:module';
import { Language, Parser } from 'web-tree-sitter';

/**
 * tree-sitter-powershell, an independent PowerShell grammar (its WebAssembly build, so no native
 * module is needed): what we generate must read cleanly with it too, not only with our own parser.
 */
let parser: Parser | undefined;

async function powershell(): Promise<Parser> {
  if (parser) return parser;
  await Parser.init();
  const wasm = createRequire(import.meta.url).resolve('tree-sitter-powershell/tree-sitter-powershell.wasm');
  const p = new Parser();
  p.setLanguage(await Language.load(wasm));
  return (parser = p);
}

/** The first syntax error tree-sitter-powershell finds, or undefined when the text is clean. */
export async function treeSitterError(text: string): Promise<string | undefined> {
  const tree = (await powershell()).parse(text);
  if (!tree?.rootNode.hasError) return undefined;
  let found: string | undefined;
  const visit = (node: NonNullable<typeof tree>['rootNode']) => {
    if (found) return;
    if (node.isError || node.isMissing) {
      found = `${node.isMissing ? 'missing' : 'error'} at ${node.startPosition.row + 1}:${node.startPosition.column + 1}: ${JSON.stringify(node.text.slice(0, 60))}`;
      return;
    }
    for (const child of node.children) if (child) visit(child);
  };
  visit(tree.rootNode);
  return found ?? 'error';
}
