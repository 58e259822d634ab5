import { EmbeddedActionsParser, EOF, type IOrAlt, type IParserErrorMessageProvider, type IToken, type OrMethodOpts, type TokenType } from 'chevrotain';
import * as T from './tokens';
import type { Token } from './tokens';
import type * as A from './ast';
import { isOperatorParameter } from './lexical';
import { stringValue, numberValue } from './literals';

const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected, actual }) => `Expected ${label(expected)} but found ${shown(actual)}.`,
  buildNotAllInputParsedMessage: ({ firstRedundant }) => `Unexpected ${shown(firstRedundant)}.`,
  buildNoViableAltMessage: ({ actual }) => `Unexpected ${shown(actual[0])}.`,
  buildEarlyExitMessage: ({ actual }) => `Unexpected ${shown(actual[0])}.`,
};

function label(type: TokenType): string {
  return type.LABEL ?? type.name;
}

function shown(token: IToken): string {
  if (token.tokenType === EOF) return 'the end of the file';
  if (token.tokenType === T.NewLine) return 'the end of the line';
  return `'${token.image.length > 40 ? token.image.slice(0, 40) + '…' : token.image}'`;
}

function isWord(token: IToken, ...words: string[]): boolean {
  return token.tokenType === T.Word && words.includes(token.image.toLowerCase());
}

function end(token: IToken): number {
  return (token.endOffset ?? token.startOffset) + 1;
}

/**
 * Grammar of the PowerShell subset: statements of commands, assignments, functions and `if` chains,
 * with everything else kept as opaque expressions. Built with embedded actions (no CST) because the
 * CST costs more than the whole scan on large exports.
 */
class PowerShellParser extends EmbeddedActionsParser {
  // Alternatives built once instead of on every call (chevrotain's advice: the parse allocated a few
  // closures per token and spent most of its time collecting them). Only those that capture no locals.
  private statementListAlts?: IOrAlt<A.Statement | undefined>[];
  private statementAlts?: OrMethodOpts<A.Statement>;
  private pipelineElementAlts?: IOrAlt<A.PipelineElement>[];
  private commandArgumentAlts?: IOrAlt<A.CommandArgument>[];
  private opaqueAlts?: IOrAlt<IToken>[];
  private argumentOperandAlts?: IOrAlt<A.Value>[];
  private expressionStartAlts?: IOrAlt<A.Value | A.OperatorPart>[];
  private expressionRestAlts?: IOrAlt<A.Value | A.OperatorPart>[];
  private operatorPartAlts?: IOrAlt<IToken>[];
  private operandAlts?: IOrAlt<A.Value>[];

  constructor() {
    // The grammar is fixed and a unit test builds it with validations on (GRAMMAR_CHECKS); the server
    // and the CLI skip them, as chevrotain advises for production.
    super(T.allTokens, { recoveryEnabled: true, errorMessageProvider: messages, maxLookahead: 2, skipValidations: !GRAMMAR_CHECKS });
    this.performSelfAnalysis();
  }

  public script = this.RULE('script', (): A.Script => {
    const statements = this.SUBRULE(this.statementList);
    return { statements: statements ?? [] };
  });

  private statementList = this.RULE('statementList', (): A.Statement[] => {
    const list: A.Statement[] = [];
    this.MANY(() => {
      const s = this.OR(
        (this.statementListAlts ??= [
          {
            ALT: () => {
              const t = this.CONSUME(T.LayoutStatement);
              return this.ACTION(() => (t as Token).statement);
            },
          },
          { ALT: () => void this.CONSUME(T.NewLine) },
          { ALT: () => void this.CONSUME(T.Semicolon) },
          { ALT: () => this.SUBRULE(this.statement) },
        ]),
      );
      this.ACTION(() => s && list.push(s));
    });
    return list;
  });

  private statement = this.RULE('statement', (): A.Statement => {
    return this.OR(
      (this.statementAlts ??= {
        IGNORE_AMBIGUITIES: true,
        DEF: [
          { GATE: () => isWord(this.LA(1), 'function', 'filter'), ALT: () => this.SUBRULE(this.functionStatement) },
          { GATE: () => isWord(this.LA(1), 'if'), ALT: () => this.SUBRULE(this.ifStatement) },
          { ALT: () => this.SUBRULE(this.pipeline) },
        ],
      }),
    );
  });

  private functionStatement = this.RULE('functionStatement', (): A.FunctionStatement => {
    const keyword = this.CONSUME(T.Word);
    const name = this.CONSUME2(T.Word);
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.SUBRULE(this.statementList);
      this.CONSUME(T.RParen);
    });
    this.MANY(() => this.CONSUME(T.NewLine));
    const body = this.SUBRULE(this.block);
    return this.ACTION(() => ({
      kind: 'function',
      name: name.image,
      nameSpan: { start: name.startOffset, end: end(name) },
      body: body?.statements ?? [],
      start: keyword.startOffset,
      end: body?.end ?? end(name),
    }));
  });

  private block = this.RULE('block', (): A.Span & { statements: A.Statement[] } => {
    const open = this.CONSUME(T.LBrace);
    const statements = this.SUBRULE(this.statementList);
    const close = this.CONSUME(T.RBrace);
    return this.ACTION(() => ({ statements: statements ?? [], start: open.startOffset, end: end(close) }));
  });

  private ifStatement = this.RULE('ifStatement', (): A.IfStatement => {
    const clauses: A.IfStatement['clauses'] = [];
    const first = this.CONSUME(T.Word);
    const clause = (keyword: IToken, withCondition: boolean) => {
      let condition: A.Statement[] | undefined;
      if (withCondition) {
        this.CONSUME(T.LParen);
        condition = this.SUBRULE(this.statementList);
        this.CONSUME(T.RParen);
      }
      this.MANY(() => this.CONSUME(T.NewLine));
      const body = this.SUBRULE(this.block);
      this.ACTION(() => clauses.push({ keyword: keyword.image, condition, body: body?.statements ?? [] }));
      return body;
    };
    let last = clause(first, true);
    this.MANY2({
      GATE: () => this.nextWordIs('elseif'),
      DEF: () => {
        this.MANY3(() => this.CONSUME2(T.NewLine));
        const keyword = this.CONSUME2(T.Word);
        this.CONSUME2(T.LParen);
        const condition = this.SUBRULE2(this.statementList);
        this.CONSUME2(T.RParen);
        this.MANY4(() => this.CONSUME3(T.NewLine));
        const body = this.SUBRULE2(this.block);
        this.ACTION(() => {
          clauses.push({ keyword: keyword.image, condition, body: body?.statements ?? [] });
          last = body ?? last;
        });
      },
    });
    this.OPTION({
      GATE: () => this.nextWordIs('else'),
      DEF: () => {
        this.MANY5(() => this.CONSUME4(T.NewLine));
        const keyword = this.CONSUME3(T.Word);
        this.MANY6(() => this.CONSUME5(T.NewLine));
        const body = this.SUBRULE3(this.block);
        this.ACTION(() => {
          clauses.push({ keyword: keyword.image, body: body?.statements ?? [] });
          last = body ?? last;
        });
      },
    });
    return this.ACTION(() => ({ kind: 'if', clauses, start: first.startOffset, end: last?.end ?? end(first) }));
  });

  private nextWordIs(word: string): boolean {
    for (let k = 1; ; k++) {
      const t = this.LA(k);
      if (t.tokenType !== T.NewLine) return isWord(t, word);
    }
  }

  private pipeline = this.RULE('pipeline', (): A.PipelineStatement | A.AssignmentStatement => {
    const elements: A.PipelineElement[] = [];
    const first = this.SUBRULE(this.pipelineElement);
    this.ACTION(() => first && elements.push(first));
    let assignment: A.AssignmentStatement | undefined;
    this.OPTION(() => {
      const op = this.CONSUME(T.Equals);
      this.MANY(() => this.CONSUME(T.NewLine));
      const value = this.OPTION2(() => this.SUBRULE(this.pipeline));
      this.ACTION(() => {
        const target: A.Value = first?.kind === 'expression' && first.parts.length === 1 && first.parts[0].kind !== 'operator'
          ? first.parts[0]
          : { kind: 'bareword', text: '', start: first?.start ?? op.startOffset, end: first?.end ?? op.startOffset };
        assignment = { kind: 'assignment', target, operator: op.image, value: value ?? undefined, start: target.start, end: value?.end ?? end(op) };
      });
    });
    this.MANY2(() => {
      this.CONSUME(T.Pipe);
      this.MANY3(() => this.CONSUME2(T.NewLine));
      const element = this.SUBRULE2(this.pipelineElement);
      this.ACTION(() => element && elements.push(element));
    });
    return this.ACTION(() => {
      if (assignment) return assignment;
      return { kind: 'pipeline', elements, start: elements[0]?.start ?? 0, end: elements[elements.length - 1]?.end ?? 0 };
    });
  });

  private pipelineElement = this.RULE('pipelineElement', (): A.PipelineElement => {
    return this.OR((this.pipelineElementAlts ??= [{ ALT: () => this.SUBRULE(this.command) }, { ALT: () => this.SUBRULE(this.expression) }]));
  });

  private command = this.RULE('command', (): A.Command => {
    const name = this.CONSUME(T.Word);
    const args: A.CommandArgument[] = [];
    this.MANY(() => {
      const arg = this.SUBRULE(this.commandArgument);
      this.ACTION(() => arg && args.push(arg));
    });
    return this.ACTION(() => ({
      kind: 'command',
      name: name.image,
      nameSpan: { start: name.startOffset, end: end(name) },
      args,
      start: name.startOffset,
      end: args.length ? args[args.length - 1].end : end(name),
    }));
  });

  private commandArgument = this.RULE('commandArgument', (): A.CommandArgument => {
    return this.OR<A.CommandArgument>((this.commandArgumentAlts ??= [
      {
        ALT: () => {
          const p = this.CONSUME(T.Parameter);
          const value = this.OPTION(() => this.SUBRULE(this.argumentValue));
          return this.ACTION((): A.ParameterArgument => {
            const name = p.image.slice(1).replace(/:$/, '');
            const arg: A.ParameterArgument = { kind: 'parameter', name, nameSpan: { start: p.startOffset, end: end(p) }, start: p.startOffset, end: value?.end ?? end(p) };
            if (value) arg.value = value;
            return arg;
          });
        },
      },
      {
        ALT: () => {
          const value = this.SUBRULE2(this.argumentValue);
          return this.ACTION((): A.PositionalArgument => ({ kind: 'positional', value, start: value.start, end: value.end }));
        },
      },
      {
        ALT: () => {
          const t = this.OR2((this.opaqueAlts ??= [{ ALT: () => this.CONSUME(T.Operator) }, { ALT: () => this.CONSUME(T.Comma) }, { ALT: () => this.CONSUME(T.Dot) }]));
          return this.ACTION((): A.OpaqueArgument => ({ kind: 'opaque', image: t.image, start: t.startOffset, end: end(t) }));
        },
      },
    ]));
  });

  /** One argument: a value or a bare comma list of values (`'a','b','OP'`). */
  private argumentValue = this.RULE('argumentValue', (): A.Value => {
    const items: A.Value[] = [];
    const first = this.SUBRULE(this.argumentOperand);
    this.ACTION(() => first && items.push(first));
    this.MANY(() => {
      this.CONSUME(T.Comma);
      const next = this.SUBRULE2(this.argumentOperand);
      this.ACTION(() => next && items.push(next));
    });
    return this.ACTION(() => toList(items));
  });

  private argumentOperand = this.RULE('argumentOperand', (): A.Value => {
    return this.OR(
      (this.argumentOperandAlts ??= [
        { ALT: () => this.SUBRULE(this.operand) },
        {
          ALT: () => {
            const w = this.CONSUME(T.Word);
            return this.ACTION((): A.Value => ({ kind: 'bareword', text: w.image, start: w.startOffset, end: end(w) }));
          },
        },
      ]),
    );
  });

  private expression = this.RULE('expression', (): A.Expression => {
    const parts: (A.Value | A.OperatorPart)[] = [];
    const push = (part: A.Value | A.OperatorPart | undefined) => this.ACTION(() => part && parts.push(part));
    push(this.OR((this.expressionStartAlts ??= [{ ALT: () => this.SUBRULE(this.operand) }, { ALT: () => this.SUBRULE(this.operatorPart) }])));
    this.MANY(() => {
      push(this.OR2((this.expressionRestAlts ??= [{ ALT: () => this.SUBRULE2(this.argumentOperand) }, { ALT: () => this.SUBRULE2(this.operatorPart) }])));
    });
    return this.ACTION(() => ({ kind: 'expression', parts: foldLists(parts), start: parts[0]?.start ?? 0, end: parts[parts.length - 1]?.end ?? 0 }));
  });

  private operatorPart = this.RULE('operatorPart', (): A.OperatorPart => {
    const t = this.OR(
      (this.operatorPartAlts ??= [
        { ALT: () => this.CONSUME(T.Operator) },
        { ALT: () => this.CONSUME(T.Parameter) },
        { ALT: () => this.CONSUME(T.Comma) },
        { ALT: () => this.CONSUME(T.Dot) },
      ]),
    );
    return this.ACTION(() => ({ kind: 'operator', image: t.image, start: t.startOffset, end: end(t) }));
  });

  private operand = this.RULE('operand', (): A.Value => {
    return this.OR<A.Value>((this.operandAlts ??= [
      { ALT: () => this.literal(this.CONSUME(T.SingleQuoted)) },
      { ALT: () => this.literal(this.CONSUME(T.DoubleQuoted)) },
      { ALT: () => this.literal(this.CONSUME(T.HereString)) },
      {
        ALT: () => {
          const t = this.CONSUME(T.NumberLiteral);
          return this.ACTION(() => numberValue(t.image, t.startOffset, end(t)));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.Splat);
          return this.ACTION((): A.Value => ({ kind: 'splat', name: t.image.slice(1), start: t.startOffset, end: end(t) }));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.Variable);
          const postfix = this.SUBRULE(this.postfixes);
          return this.ACTION((): A.Value => ({
            kind: 'variable',
            name: t.image.startsWith('${') ? t.image.slice(2, -1) : t.image.slice(1),
            postfix,
            start: t.startOffset,
            end: postfix.length ? postfix[postfix.length - 1].end : end(t),
          }));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.TypeLiteral);
          const postfix = this.SUBRULE2(this.postfixes);
          const value = this.OPTION({ GATE: () => postfix.length === 0, DEF: () => this.SUBRULE(this.operand) });
          return this.ACTION((): A.Value => {
            const typed: A.TypedValue = { kind: 'typed', type: t.image.slice(1, -1), postfix, start: t.startOffset, end: value?.end ?? (postfix.length ? postfix[postfix.length - 1].end : end(t)) };
            if (value) typed.value = value;
            return typed;
          });
        },
      },
      { ALT: () => this.SUBRULE(this.group) },
    ]));
  });

  private literal(t: IToken): A.Value {
    return this.ACTION(() => stringValue(t.image, t.startOffset, t.tokenType === T.HereString));
  }

  private group = this.RULE('group', (): A.Value => {
    let syntax: A.GroupValue['syntax'] | 'array' = 'paren';
    const open = this.OR([
      { ALT: () => this.CONSUME(T.LParen) },
      { ALT: () => { const t = this.CONSUME(T.AtParen); syntax = 'array'; return t; } },
      { ALT: () => { const t = this.CONSUME(T.DollarParen); syntax = 'subexpression'; return t; } },
      { ALT: () => { const t = this.CONSUME(T.LBrace); syntax = 'scriptblock'; return t; } },
      { ALT: () => { const t = this.CONSUME(T.AtBrace); syntax = 'hashtable'; return t; } },
      { ALT: () => { const t = this.CONSUME(T.LBracket); syntax = 'brackets'; return t; } },
    ]);
    const statements = this.SUBRULE(this.statementList);
    const close = this.OR2([
      { ALT: () => this.CONSUME(T.RParen) },
      { ALT: () => this.CONSUME(T.RBrace) },
      { ALT: () => this.CONSUME(T.RBracket) },
    ]);
    const postfix = this.SUBRULE(this.postfixes);
    return this.ACTION((): A.Value => {
      const stop = postfix.length ? postfix[postfix.length - 1].end : end(close);
      if (syntax === 'array') {
        const items = listItems(statements ?? []);
        const list: A.ListValue = { kind: 'list', syntax: 'array', items: items ?? [], start: open.startOffset, end: stop };
        if (!items) list.statements = statements ?? [];
        return list;
      }
      return { kind: 'group', syntax, statements: statements ?? [], postfix, start: open.startOffset, end: stop };
    });
  });

  /** `.Member`, `.Method(…)`, `::Static` and `[index]` written right after an operand. */
  private postfixes = this.RULE('postfixes', (): A.Postfix[] => {
    const list: A.Postfix[] = [];
    this.MANY({
      GATE: () => !(this.LA(1) as Token).spaced,
      DEF: () => {
        this.OR([
          {
            ALT: () => {
              const dot = this.CONSUME(T.Dot);
              const name = this.CONSUME(T.Word);
              let close: IToken | undefined;
              const call = this.OPTION({
                GATE: () => !(this.LA(1) as Token).spaced,
                DEF: () => {
                  this.CONSUME(T.LParen);
                  const args = this.SUBRULE(this.statementList);
                  close = this.CONSUME(T.RParen);
                  return args;
                },
              });
              this.ACTION(() => {
                const member: A.MemberPostfix = { kind: 'member', name: name.image, start: dot.startOffset, end: close ? end(close) : end(name) };
                if (call) member.call = call;
                list.push(member);
              });
            },
          },
          {
            ALT: () => {
              const open = this.CONSUME(T.LBracket);
              const inner = this.SUBRULE2(this.statementList);
              const close = this.CONSUME(T.RBracket);
              this.ACTION(() => {
                const index: A.IndexPostfix = { kind: 'index', start: open.startOffset, end: end(close) };
                const value = listItems(inner ?? [])?.[0];
                if (value) index.index = value;
                list.push(index);
              });
            },
          },
        ]);
      },
    });
    return list;
  });
}

function toList(items: A.Value[]): A.Value {
  if (items.length === 1) return items[0];
  return { kind: 'list', syntax: 'comma', items, start: items[0].start, end: items[items.length - 1].end };
}

/** Joins `value , value` runs of an expression into comma lists. */
function foldLists(parts: (A.Value | A.OperatorPart)[]): (A.Value | A.OperatorPart)[] {
  const out: (A.Value | A.OperatorPart)[] = [];
  // Lists made here grow in place: copying them item by item made a long `@('a','b',…)` quadratic.
  const made = new Set<A.ListValue>();
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    const prev = out[out.length - 1];
    const next = parts[k + 1];
    if (p.kind === 'operator' && p.image === ',' && prev && prev.kind !== 'operator' && next && next.kind !== 'operator') {
      if (prev.kind === 'list' && made.has(prev)) {
        prev.items.push(next);
        prev.end = next.end;
      } else {
        const items = prev.kind === 'list' && prev.syntax === 'comma' ? [...prev.items, next] : [prev, next];
        const list: A.ListValue = { kind: 'list', syntax: 'comma', items, start: prev.start, end: next.end };
        made.add(list);
        out[out.length - 1] = list;
      }
      k++;
    } else out.push(p);
  }
  return out;
}

/** The plain items of `@(…)` or an index: one expression statement of values (a list, or a single value). */
function listItems(statements: A.Statement[]): A.Value[] | undefined {
  if (statements.length === 0) return [];
  if (statements.length !== 1) return undefined;
  const s = statements[0];
  if (s.kind !== 'pipeline' || s.elements.length !== 1 || s.elements[0].kind !== 'expression') return undefined;
  const parts = s.elements[0].parts;
  if (parts.length !== 1 || parts[0].kind === 'operator') return undefined;
  const only = parts[0];
  return only.kind === 'list' && only.syntax === 'comma' ? only.items : [only];
}

/** Chevrotain's grammar validations: on in tests (`ADSYNC_GRAMMAR_CHECKS=1`), off in the shipped code. */
const GRAMMAR_CHECKS = typeof process !== 'undefined' && process.env.ADSYNC_GRAMMAR_CHECKS === '1';

let shared: PowerShellParser | undefined;

export interface ParseProblem {
  start: number;
  end: number;
  message: string;
}

/** Parses a scanned token vector; the parser instance is reused (chevrotain's self-analysis is costly). */
export function parseTokens(tokens: Token[], textLength: number): { script: A.Script; problems: ParseProblem[] } {
  const parser = (shared ??= new PowerShellParser());
  parser.input = tokens;
  const script = parser.script() ?? { statements: [] };
  const problems = parser.errors.map((e) => {
    const token = e.token as Token;
    const previous = significantBefore(tokens, (e as { previousToken?: IToken }).previousToken);
    const atEnd = token.tokenType === EOF;
    // A missing token is reported in the gap where it belongs, which is where the text was damaged.
    if (e.name === 'MismatchedTokenException' && previous && previous.tokenType !== EOF && !isNaN(previous.endOffset ?? NaN)) {
      const start = end(previous);
      const stop = atEnd || isNaN(token.startOffset) ? Math.max(start, textLength) : Math.max(start, token.startOffset);
      return { start, end: stop, message: e.message };
    }
    if (atEnd || isNaN(token.startOffset)) return { start: textLength, end: textLength, message: e.message };
    return { start: token.startOffset, end: end(token), message: e.message };
  });
  for (const p of strayParameters(script.statements)) problems.push(p);
  // The shared parser would otherwise hold the last token vector (and its errors) for as long as the server runs.
  parser.input = [];
  return { script, problems };
}

/** Line breaks carry no place of their own: a gap is measured from the last real token before them. */
function significantBefore(tokens: Token[], previous: IToken | undefined): IToken | undefined {
  if (!previous || previous.tokenType !== T.NewLine) return previous;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid].startOffset <= previous.startOffset) lo = mid;
    else hi = mid - 1;
  }
  for (let k = lo; k >= 0; k--) if (tokens[k].tokenType !== T.NewLine) return tokens[k];
  return previous;
}

/** A statement that begins with `-Name` lost the command it belongs to (or the backtick joining it). */
function strayParameters(statements: A.Statement[]): ParseProblem[] {
  const out: ParseProblem[] = [];
  const visit = (list: A.Statement[]) => {
    for (const s of list) {
      if (s.kind === 'function') visit(s.body);
      else if (s.kind === 'if') s.clauses.forEach((c) => visit(c.body));
      else if (s.kind === 'pipeline') {
        const first = s.elements[0];
        const head = first?.kind === 'expression' ? first.parts[0] : undefined;
        if (head?.kind === 'operator' && /^[-\u2013\u2014]/.test(head.image) && head.image.length > 1 && !isOperatorParameter(head.image)) {
          out.push({ start: head.start, end: head.end, message: `'${head.image}' is a parameter but no command precedes it on this line.` });
        }
      }
    }
  };
  visit(statements);
  return out;
}
