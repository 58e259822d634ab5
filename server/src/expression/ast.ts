/** Offsets into the expression's text (the string value, not the file); end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type Expr =
  | CallExpr
  | AttributeExpr
  | ParameterExpr
  | StringExpr
  | NumberExpr
  | WordExpr
  | VariableExpr
  | BinaryExpr
  | GroupExpr
  | MissingExpr;

export interface CallExpr extends Span {
  kind: 'call';
  name: string;
  nameSpan: Span;
  args: Expr[];
  /** Where the argument list opens and closes; `close` is absent when the text lacks the ')'. */
  open: number;
  close?: number;
}

export interface AttributeExpr extends Span {
  kind: 'attribute';
  name: string;
}

export interface ParameterExpr extends Span {
  kind: 'parameter';
  name: string;
}

export interface StringExpr extends Span {
  kind: 'string';
  /** After backslash escapes. */
  value: string;
}

export interface NumberExpr extends Span {
  kind: 'number';
  value: number;
  hex: boolean;
}

/** A bare name: True, NULL, AuthoritativeNull, an enum word (vbTextCompare), or an unknown identifier. */
export interface WordExpr extends Span {
  kind: 'word';
  name: string;
}

export interface VariableExpr extends Span {
  kind: 'variable';
  name: string;
}

export type Operator = '=' | '<>' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '&' | '&&' | '||';

export interface BinaryExpr extends Span {
  kind: 'binary';
  operator: Operator;
  operatorSpan: Span;
  left: Expr;
  right: Expr;
}

export interface GroupExpr extends Span {
  kind: 'group';
  inner: Expr;
}

/** Stands where the text lacks an operand; a problem says why. */
export interface MissingExpr extends Span {
  kind: 'missing';
}

export interface ExpressionProblem extends Span {
  message: string;
}

export interface ParsedExpression {
  text: string;
  root: Expr;
  problems: ExpressionProblem[];
}
