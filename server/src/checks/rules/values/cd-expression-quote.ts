import type { RuleCheck, RuleFinding } from '../../rule-check';
import { fileTexts } from './flow-text';

/** Where the Documenter starts an expression: a `-Expression '` parameter line. */
const EXPRESSION_START = /^[ \t]*-Expression[ \t]+'/gim;
/** Where it ends one: the closing quote, the line continuation, and its `-OutVariable` line. */
const EXPRESSION_END = /'[ \t]*`[ \t]*\r?\n[ \t]*-OutVariable\b/g;

/**
 * AADC033 cd-expression-quote: the Config Documenter writes `-Expression '{0}'` with the expression
 * as it stands, without doubling its single quotes (CD source). A `'` inside the expression (in a
 * string literal such as "O'Brien") ends the PowerShell string there, and the rest of the
 * expression runs as script. Our reader sees a damaged string; this check reads the line the way
 * the Documenter wrote it (every expression ends with `' `` before an `-OutVariable` line) and
 * points at each lone quote.
 */
export const cdExpressionQuote: RuleCheck = {
  meta: {
    id: 'AADC033',
    name: 'cd-expression-quote',
    severity: 'error',
    category: 'fast',
    fixable: true,
    summary: 'A Config Documenter script writes an expression containing a single quote without doubling it, which breaks the script.',
    docs: {
      why:
        'The Config Documenter (CD) builds its migration script with -Expression \'{0}\' and puts the expression text in as it is. PowerShell ends a single-quoted string at the first lone quote, so an expression with a quote in one of its string literals ends early; ' +
        'what follows is read as more arguments or as an unterminated string, and the rule is created with a cut expression or the script stops. Rules Editor exports do not have this problem: they double every quote.',
      fix: "Double each single quote inside the expression ('' stands for one ' in a single-quoted PowerShell string). The quick fix does it for every lone quote of the expression at once.",
      wrong: `-Expression 'Replace([displayName],"'","")' \``,
      right: `-Expression 'Replace([displayName],"''","")' \``,
    },
  },
  perConfig: ({ reading, textOf }) => {
    if (reading.format !== 'documenter-script') return [];
    const lines = fileTexts(reading, textOf).lines(reading.source);
    if (!lines) return [];
    const text = lines.text;
    const out: RuleFinding[] = [];
    for (const start of text.matchAll(EXPRESSION_START)) {
      const open = start.index! + start[0].length;
      EXPRESSION_END.lastIndex = open;
      const end = EXPRESSION_END.exec(text);
      if (!end) continue;
      const quotes = loneQuotes(text, open, end.index);
      // One fix doubles every lone quote of the expression: doubling only one leaves the string broken.
      const fix = {
        title: quotes.length > 1 ? 'Double the quotes in this expression' : 'Double the quote',
        edits: quotes.map((q) => ({ range: lines.rangeOf(q, q + 1), newText: "''" })),
      };
      for (const quote of quotes) {
        out.push({
          file: reading.source,
          range: lines.rangeOf(quote, quote + 1),
          message: "This ' ends the PowerShell string: the Documenter does not double quotes inside expressions, so the rest of the expression is read as script.",
          fix,
        });
      }
    }
    return out;
  },
};

/** Quotes in [from, to) that are not half of a `''` pair: in a run of quotes, an odd one out. */
function loneQuotes(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) {
    if (text[k] !== "'") continue;
    let run = k;
    while (run < to && text[run] === "'") run++;
    if ((run - k) % 2 === 1) out.push(run - 1);
    k = run - 1;
  }
  return out;
}
