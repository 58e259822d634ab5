import type { Range } from 'vscode-languageserver-types';
import type { LineIndex } from '../../../model/line-index';
import type { AttributeFlow } from '../../../model/sync-rule';
import type { FixData } from '../../check';
import type { RuleCheck, RuleFinding } from '../../rule-check';
import { fileTexts } from './flow-text';
import { constantOf } from './rule-facts';

const SPECIAL = new Map(['NULL', 'AuthoritativeNull', 'IgnoreThisFlow'].map((w) => [w.toLowerCase(), w]));

/**
 * AADC014 constant-special-literal: NULL, AuthoritativeNull and IgnoreThisFlow are words of the
 * expression language. A Constant flow has no expression: its value is written to the attribute as
 * it stands, so the attribute receives the text "AuthoritativeNull" instead of being cleared.
 */
export const constantSpecialLiteral: RuleCheck = {
  meta: {
    id: 'AADC014',
    name: 'constant-special-literal',
    severity: 'warning',
    category: 'fast',
    fixable: true,
    summary: 'A Constant flow writes NULL, AuthoritativeNull or IgnoreThisFlow as text; these words only act in an Expression flow.',
    docs: {
      why:
        'NULL, AuthoritativeNull and IgnoreThisFlow are special values of the expression language ("Understanding Declarative Provisioning", DOC-DECL). ' +
        'Microsoft\'s "Make a change to the default configuration" page (DOC-CHANGE) removes a value with an Expression flow whose expression is AuthoritativeNull. ' +
        'A Constant flow carries a plain value instead, so the same word becomes the literal text of the attribute (or a type error for a non-string attribute).',
      fix: 'Set the flow type to Expression and move the word from -Source to -Expression.',
      wrong: "-Source @('AuthoritativeNull') `\n-Destination 'extensionAttribute5' `\n-FlowType 'Constant' `",
      right: "-Destination 'extensionAttribute5' `\n-FlowType 'Expression' `\n-Expression 'AuthoritativeNull' `",
    },
  },
  perRule: ({ rule, reading, textOf }) => {
    const texts = fileTexts(reading, textOf);
    const out: RuleFinding[] = [];
    for (const flow of rule.flows) {
      const constant = constantOf(rule.file, flow, texts);
      const word = constant && SPECIAL.get(constant.value.trim().toLowerCase());
      if (!constant || !word) continue;
      const lines = texts.lines(rule.file);
      const fix = lines ? toExpressionFix(flow, word, lines) : undefined;
      out.push({
        file: rule.file,
        range: constant.range,
        message: `A Constant flow writes '${constant.value}' into ${flow.destination.value ?? 'the attribute'} as text; ${word} only acts as the value of an Expression flow.`,
        ...(fix ? { fix } : {}),
      });
    }
    return out;
  },
};

/**
 * In a script: `-Source @('AuthoritativeNull')` becomes `-Expression 'AuthoritativeNull'` and the
 * flow type Expression; parameters may come in any order, so nothing else moves.
 */
function toExpressionFix(flow: AttributeFlow, word: string, lines: LineIndex): FixData | undefined {
  const list = flow.sources.range;
  const type = flow.flowType.range;
  if (!list || !type || flow.sources.value.length !== 1) return undefined;
  const listStart = lines.offsetAt(list.start);
  const lineStart = lines.lineStart(list.start.line);
  const before = /-Source\s+$/i.exec(lines.text.slice(lineStart, listStart));
  const typeText = lines.text.slice(lines.offsetAt(type.start), lines.offsetAt(type.end));
  if (!before || typeText.toLowerCase() !== 'constant') return undefined;
  const paramRange: Range = lines.rangeOf(lineStart + before.index, lines.offsetAt(list.end));
  return {
    title: `Make it an Expression flow of ${word}`,
    edits: [
      { range: paramRange, newText: `-Expression '${word}'` },
      { range: type, newText: 'Expression' },
    ],
  };
}
