// Tokenizes every real PowerShell sync-rule script of the corpus (as VS Code would, with vscode-textmate, the stock
// PowerShell grammar and our injection) and checks, for every -Expression '…' argument found independently in the
// text, that the injection applied: no expression character is left with only PowerShell's single-quoted-string
// colour, function names and attribute references get their scopes, and nothing outside the arguments is coloured
// as an expression.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { Registry } from 'vscode-textmate';
import { corpusPath, hasCorpus, skipWithoutCorpus } from '../../support/corpus';
import { DOCUMENTER_SCOPE, POWERSHELL_SCOPE, createRegistry, tokenAt, tokenizeFile } from './support/textmate';

const EMBEDDED = 'meta.embedded.expression.adsync';
const PS_SINGLE_STRING = 'string.quoted.single.powershell';
const FUNCTION = 'support.function.adsync-expression';
const ATTRIBUTE = 'variable.other.attribute.adsync-expression';
const STRING_END = 'punctuation.definition.string.end.powershell';

interface Position {
  line: number;
  column: number;
}

/** One -Expression '…' argument: its content runs from `start` (after the opening quote) to `end` (the closing quote). */
interface ExpressionArgument {
  start: Position;
  end: Position;
}

/** The SRE / Documenter layout puts each parameter on its own line: `-Expression '` opens the argument. */
const OPENING = /^\s*-Expression\s+'/i;

function findExpressionArguments(lines: string[]): ExpressionArgument[] {
  const found: ExpressionArgument[] = [];
  for (let line = 0; line < lines.length; line++) {
    const open = OPENING.exec(lines[line]!);
    if (!open) continue;
    const start = { line, column: open[0].length };
    let l = line;
    let c = start.column;
    for (;;) {
      const text = lines[l]!;
      if (c >= text.length) {
        l++;
        c = 0;
        if (l >= lines.length) throw new Error(`unterminated -Expression argument from line ${line + 1}`);
        continue;
      }
      if (text[c] === "'" && text[c + 1] === "'") c += 2;
      else if (text[c] === "'") break;
      else c++;
    }
    found.push({ start, end: { line: l, column: c } });
    line = l;
  }
  return found;
}

function contentCells(arg: ExpressionArgument, lines: string[]): Position[] {
  const cells: Position[] = [];
  for (let line = arg.start.line; line <= arg.end.line; line++) {
    const from = line === arg.start.line ? arg.start.column : 0;
    const to = line === arg.end.line ? arg.end.column : lines[line]!.length;
    for (let column = from; column < to; column++) cells.push({ line, column });
  }
  return cells;
}

/** Expression text of one line of an argument with double-quoted literals blanked, so that words inside them are not looked at. */
function codeOnly(text: string): string {
  return text.replace(/"(?:\\.|[^"\\])*"?/g, (m) => ' '.repeat(m.length));
}

interface CorpusFile {
  name: string;
  scope: string;
}

function corpusFiles(): CorpusFile[] {
  if (!hasCorpus) return [];
  const list = (dir: string, suffix: string, scope: string) =>
    fs.existsSync(corpusPath(dir))
      ? fs.readdirSync(corpusPath(dir)).filter((f) => f.endsWith(suffix)).sort().map((f) => ({ name: `${dir}/${f}`, scope }))
      : [];
  return [...list('sre-exports', '.ps1', POWERSHELL_SCOPE), ...list('documenter', '.ps1.txt', DOCUMENTER_SCOPE)];
}

describe('the injection colours every -Expression argument of the real scripts', { skip: skipWithoutCorpus }, () => {
  let registry: Registry;
  before(() => {
    registry = createRegistry();
  });

  const files = corpusFiles();
  it('finds the corpus scripts', () => {
    assert.ok(files.some((f) => f.scope === POWERSHELL_SCOPE), 'no .ps1 file in the corpus');
    assert.ok(files.some((f) => f.scope === DOCUMENTER_SCOPE), 'no .ps1.txt file in the corpus');
  });

  for (const file of files) {
    it(file.name, async (t) => {
      const lines = fs.readFileSync(corpusPath(...file.name.split('/')), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
      const args = findExpressionArguments(lines);
      // Every -Expression parameter of the file is one the scan above understood (none skipped by a layout it missed).
      const mentions = lines.filter((l) => /(^|\s)-Expression\b/i.test(l)).length;
      assert.equal(args.length, mentions, 'every -Expression parameter is found as an argument');
      t.diagnostic(`${args.length} -Expression argument(s)`);

      const tokens = await tokenizeFile(registry, file.scope, lines);
      const scopesAt = (p: Position): string[] => tokenAt(tokens[p.line]!, p.column)?.scopes ?? [];
      const where = (p: Position, what: string) => `${file.name}:${p.line + 1}:${p.column + 1} ${what} → ${scopesAt(p).join(' ')}`;
      const problems: string[] = [];
      const inside = new Set<string>();
      const reported = new Set<object>();

      for (const arg of args) {
        for (const cell of contentCells(arg, lines)) {
          inside.add(`${cell.line}:${cell.column}`);
          const ch = lines[cell.line]![cell.column]!;
          if (/\s/.test(ch)) continue;
          const token = tokenAt(tokens[cell.line]!, cell.column);
          const scopes = token?.scopes ?? [];
          const text = token ? JSON.stringify(lines[cell.line]!.slice(token.start, token.end)) : JSON.stringify(ch);
          let problem: string | undefined;
          if (!scopes.includes(EMBEDDED) || scopes.includes(PS_SINGLE_STRING)) problem = `${text} is not expression content`;
          else if (!scopes.some((s) => s.endsWith('.adsync-expression') || s === 'constant.character.escape.powershell')) problem = `${text} has no expression token scope`;
          // One report per token, not per character.
          if (problem && !reported.has(token ?? cell)) {
            reported.add(token ?? cell);
            problems.push(where(cell, problem));
          }
        }
        const closing = scopesAt(arg.end);
        if (!closing.includes(STRING_END) || closing.includes(EMBEDDED)) problems.push(where(arg.end, 'closing quote'));

        for (let line = arg.start.line; line <= arg.end.line; line++) {
          const text = lines[line]!;
          const from = line === arg.start.line ? arg.start.column : 0;
          const to = line === arg.end.line ? arg.end.column : text.length;
          const code = codeOnly(text.slice(from, to));
          for (const m of code.matchAll(/\b[A-Za-z_]\w*(?=\s*\()/g)) {
            const p = { line, column: from + m.index };
            if (!scopesAt(p).includes(FUNCTION)) problems.push(where(p, `function ${m[0]}`));
          }
          for (const m of code.matchAll(/\[[^\]\s]+\]/g)) {
            const p = { line, column: from + m.index + 1 };
            if (!scopesAt(p).includes(ATTRIBUTE)) problems.push(where(p, `attribute ${m[0]}`));
          }
        }
      }

      // Nothing outside the arguments is coloured as expression (the injection ends where PowerShell's string does).
      for (const lineTokens of tokens) {
        for (const token of lineTokens) {
          if (!token.scopes.includes(EMBEDDED)) continue;
          for (let column = token.start; column < token.end; column++) {
            if (!inside.has(`${token.line}:${column}`)) {
              problems.push(where({ line: token.line, column }, 'expression scope outside an -Expression argument'));
              break;
            }
          }
        }
      }

      assert.deepEqual(problems.slice(0, 25), [], `${problems.length} problem(s) in ${file.name}`);
    });
  }

  it('has a real number of expressions to check', () => {
    const total = files.reduce((n, f) => n + findExpressionArguments(fs.readFileSync(corpusPath(...f.name.split('/')), 'utf8').split(/\r?\n/)).length, 0);
    assert.ok(total >= 100, `only ${total} -Expression arguments in the corpus`);
  });
});

/** The scan itself, on a hand-written sample: doubled quotes, a multi-line argument, no -Expression inside other values. */
describe('finding -Expression arguments in a script', () => {
  it('ends an argument at the first lone quote, across lines', () => {
    const lines = ["-Name 'x' `", "-Expression 'IIF([a]=\"O''B\",1,2)' `", "-Expression '", '  Trim([b])', "  ' `"];
    const args = findExpressionArguments(lines);
    assert.deepEqual(args, [
      { start: { line: 1, column: 13 }, end: { line: 1, column: 32 } },
      { start: { line: 2, column: 13 }, end: { line: 4, column: 2 } },
    ]);
  });
});
