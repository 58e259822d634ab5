import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';
import type { PipelineStatement } from './ast';

/**
 * Token types of the PowerShell subset. The scanner (scanner.ts) produces these by hand, because a
 * regex lexer is several times slower on large exports; chevrotain only needs the token vector.
 */
export const NewLine = createToken({ name: 'NewLine', label: "end of line", pattern: /\n/ });
export const Semicolon = createToken({ name: 'Semicolon', label: "';'", pattern: /;/ });
export const Pipe = createToken({ name: 'Pipe', label: "'|'", pattern: /\|/ });
export const Comma = createToken({ name: 'Comma', label: "','", pattern: /,/ });
export const Equals = createToken({ name: 'Equals', label: "'='", pattern: /=/ });
export const LParen = createToken({ name: 'LParen', label: "'('", pattern: /\(/ });
export const AtParen = createToken({ name: 'AtParen', label: "'@('", pattern: /@\(/ });
export const DollarParen = createToken({ name: 'DollarParen', label: "'$('", pattern: /\$\(/ });
export const RParen = createToken({ name: 'RParen', label: "')'", pattern: /\)/ });
export const LBrace = createToken({ name: 'LBrace', label: "'{'", pattern: /\{/ });
export const AtBrace = createToken({ name: 'AtBrace', label: "'@{'", pattern: /@\{/ });
export const RBrace = createToken({ name: 'RBrace', label: "'}'", pattern: /\}/ });
export const LBracket = createToken({ name: 'LBracket', label: "'['", pattern: /\[/ });
export const RBracket = createToken({ name: 'RBracket', label: "']'", pattern: /\]/ });
export const TypeLiteral = createToken({ name: 'TypeLiteral', label: "a type name", pattern: /\[[A-Za-z_][\w.]*\]/ });
export const Variable = createToken({ name: 'Variable', label: "a variable", pattern: /\$\w+/ });
export const Splat = createToken({ name: 'Splat', label: "a splatted variable", pattern: /@\w+/ });
export const SingleQuoted = createToken({ name: 'SingleQuoted', label: "a string", pattern: /'[^']*'/ });
export const DoubleQuoted = createToken({ name: 'DoubleQuoted', label: "a string", pattern: /"[^"]*"/ });
export const HereString = createToken({ name: 'HereString', label: "a here-string", pattern: /@'\n'@/ });
export const NumberLiteral = createToken({ name: 'NumberLiteral', label: "a number", pattern: /\d+/ });
export const Parameter = createToken({ name: 'Parameter', label: "a parameter", pattern: /-[A-Za-z_]\w*/ });
export const Word = createToken({ name: 'Word', label: "a word", pattern: /[A-Za-z_][\w-]*/ });
export const Dot = createToken({ name: 'Dot', label: "'.'", pattern: /\./ });
export const Operator = createToken({ name: 'Operator', label: "an operator", pattern: /[+*\/!<>&]/ });

/** A whole command in the Rules Editor's layout, read by layout-statement.ts: it carries its statement. */
export const LayoutStatement = createToken({ name: 'LayoutStatement', label: 'a command', pattern: Lexer.NA });

export const allTokens: TokenType[] = [
  LayoutStatement, NewLine, Semicolon, Pipe, Comma, Equals, LParen, AtParen, DollarParen, RParen, LBrace, AtBrace, RBrace,
  LBracket, RBracket, TypeLiteral, Variable, Splat, SingleQuoted, DoubleQuoted, HereString, NumberLiteral,
  Parameter, Word, Dot, Operator,
];

/** A token with what the parser needs beyond chevrotain's fields. */
export interface Token extends IToken {
  /** True when whitespace (or a line continuation) stands between this token and the previous one. */
  spaced: boolean;
  /** Inserted by the scanner to balance a bracket the text lacks; has no characters of its own. */
  virtual?: boolean;
  /** On a LayoutStatement token (whose image is the command's name and whose offsets span the statement). */
  statement?: PipelineStatement;
}
