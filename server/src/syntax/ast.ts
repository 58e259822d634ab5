/** Offsets into the text (end exclusive); ranges are computed from them only when someone asks. */
export interface Span {
  start: number;
  end: number;
}

export type Statement = PipelineStatement | AssignmentStatement | FunctionStatement | IfStatement;

export interface PipelineStatement extends Span {
  kind: 'pipeline';
  elements: PipelineElement[];
}

export interface AssignmentStatement extends Span {
  kind: 'assignment';
  target: Value;
  operator: string;
  value?: PipelineStatement | AssignmentStatement;
}

export interface FunctionStatement extends Span {
  kind: 'function';
  name: string;
  nameSpan: Span;
  body: Statement[];
}

export interface IfStatement extends Span {
  kind: 'if';
  clauses: { keyword: string; condition?: Statement[]; body: Statement[] }[];
}

export type PipelineElement = Command | Expression;

export interface Command extends Span {
  kind: 'command';
  name: string;
  nameSpan: Span;
  args: CommandArgument[];
}

export type CommandArgument = ParameterArgument | PositionalArgument | OpaqueArgument;

export interface ParameterArgument extends Span {
  kind: 'parameter';
  /** Without the dash and without a trailing colon. */
  name: string;
  nameSpan: Span;
  value?: Value;
}

export interface PositionalArgument extends Span {
  kind: 'positional';
  value: Value;
}

/** Redirections and stray operators inside a command: kept, never interpreted. */
export interface OpaqueArgument extends Span {
  kind: 'opaque';
  image: string;
}

export interface Expression extends Span {
  kind: 'expression';
  parts: (Value | OperatorPart)[];
}

export interface OperatorPart extends Span {
  kind: 'operator';
  image: string;
}

export type Value =
  | StringValue
  | NumberValue
  | VariableValue
  | ListValue
  | GroupValue
  | TypedValue
  | BarewordValue
  | SplatValue;

export interface StringValue extends Span {
  kind: 'string';
  /** The string's value after PowerShell's quoting rules (`''` → `'`, backtick escapes in double quotes). */
  value: string;
  quote: 'single' | 'double' | 'here-single' | 'here-double';
  /** Double-quoted strings with `$…` are expanded at run time: their value is not known here. */
  expandable: boolean;
  contentStart: number;
  contentEnd: number;
}

export interface NumberValue extends Span {
  kind: 'number';
  value: number;
  text: string;
}

export interface VariableValue extends Span {
  kind: 'variable';
  /** Without `$`, as written. */
  name: string;
  postfix: Postfix[];
}

/** `@(…)` arrays and bare comma lists (`'a','b','OP'`). */
export interface ListValue extends Span {
  kind: 'list';
  syntax: 'array' | 'comma';
  items: Value[];
  /** For `@(…)`: every statement inside, when it holds more than plain items. */
  statements?: Statement[];
}

/** `( )`, `$( )`, `{ }`, `@{ }` and attribute brackets: statements we keep but rarely interpret. */
export interface GroupValue extends Span {
  kind: 'group';
  syntax: 'paren' | 'subexpression' | 'scriptblock' | 'hashtable' | 'brackets';
  statements: Statement[];
  postfix: Postfix[];
}

export interface TypedValue extends Span {
  kind: 'typed';
  type: string;
  value?: Value;
  postfix: Postfix[];
}

export interface BarewordValue extends Span {
  kind: 'bareword';
  text: string;
}

export interface SplatValue extends Span {
  kind: 'splat';
  name: string;
}

export type Postfix = IndexPostfix | MemberPostfix;

export interface IndexPostfix extends Span {
  kind: 'index';
  index?: Value;
}

export interface MemberPostfix extends Span {
  kind: 'member';
  name: string;
  call?: Statement[];
}

export interface Script {
  statements: Statement[];
}
