// Loads the extension's TextMate grammars the way VS Code does: every `contributes.grammars` entry of package.json
// (injection grammars registered for the scopes in their `injectTo`), plus the PowerShell grammar that VS Code itself
// ships, taken here from the pinned `tm-grammars` devDependency.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import vsctm from 'vscode-textmate';
import type { Registry } from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';
import { repoDir } from '../../../support/corpus';

const require = createRequire(import.meta.url);

export const POWERSHELL_SCOPE = 'source.powershell';
export const DOCUMENTER_SCOPE = 'source.adsync-powershell';
export const INJECTION_SCOPE = 'source.adsync-expression.injection';

/** The PowerShell grammar file the grammar tests use as their base (not part of the repository). */
export const powershellGrammarPath = require.resolve('tm-grammars/grammars/powershell.json');

interface GrammarContribution {
  scopeName: string;
  path: string;
  injectTo?: string[];
}

export function grammarContributions(): GrammarContribution[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoDir, 'package.json'), 'utf8')) as {
    contributes?: { grammars?: GrammarContribution[] };
  };
  return manifest.contributes?.grammars ?? [];
}

let onigReady: Promise<void> | undefined;

function loadOniguruma(): Promise<void> {
  onigReady ??= oniguruma.loadWASM(fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
  return onigReady;
}

export function createRegistry(): Registry {
  const files = new Map<string, string>([[POWERSHELL_SCOPE, powershellGrammarPath]]);
  const injections = new Map<string, string[]>();
  for (const g of grammarContributions()) {
    files.set(g.scopeName, path.join(repoDir, g.path));
    for (const target of g.injectTo ?? []) injections.set(target, [...(injections.get(target) ?? []), g.scopeName]);
  }
  return new vsctm.Registry({
    onigLib: loadOniguruma().then(() => ({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    })),
    loadGrammar: async (scopeName: string) => {
      const file = files.get(scopeName);
      return file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    // Same lookup as VS Code: injections registered for the scope or any of its dotted prefixes.
    getInjections: (scopeName: string) => {
      const parts = scopeName.split('.');
      return parts.flatMap((_, i) => injections.get(parts.slice(0, i + 1).join('.')) ?? []);
    },
  });
}

export interface Token {
  line: number;
  start: number;
  end: number;
  scopes: string[];
}

/** Tokenizes a whole file line by line, carrying the rule stack across lines as an editor does. */
export async function tokenizeFile(registry: Registry, scopeName: string, lines: string[]): Promise<Token[][]> {
  const grammar = await registry.loadGrammar(scopeName);
  if (!grammar) throw new Error(`grammar ${scopeName} did not load`);
  let stack = vsctm.INITIAL;
  return lines.map((text, line) => {
    const result = grammar.tokenizeLine(text, stack);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({ line, start: t.startIndex, end: Math.min(t.endIndex, text.length), scopes: t.scopes }));
  });
}

export function tokenAt(lineTokens: Token[], column: number): Token | undefined {
  return lineTokens.find((t) => t.start <= column && column < t.end);
}
