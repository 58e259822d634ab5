/** Character classes and shapes of PowerShell's tokenizer that the scanner and the binder share. */

/** PowerShell accepts typographic quotes as string delimiters (text pasted from Word or a web page). */
export function isSingleQuote(c: number): boolean {
  return c === 39 || c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b;
}

export function isDoubleQuote(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d || c === 0x201e;
}

/** Numeric literals as PowerShell reads a bare word: decimal, hex, exponent, type and multiplier suffixes. */
export const NUMBER = /^-?(?:0x[0-9a-f]+|\d+(?:\.\d+)?(?:e[+-]?\d+)?|\.\d+)(?:[ludn]|kb|mb|gb|tb|pb)?$/i;

const OPERATOR_PARAMETERS = new Set(
  ('eq ne gt ge lt le like notlike match notmatch contains notcontains in notin replace split join f ' +
    'and or xor not band bor bxor bnot shl shr is isnot as ieq ine igt ige ilt ile ceq cne cgt cge clt cle ' +
    'ilike inotlike clike cnotlike imatch inotmatch cmatch cnotmatch icontains inotcontains ccontains cnotcontains ' +
    'iin inotin cin cnotin ireplace creplace isplit csplit')
    .split(' '),
);

/** `-eq`, `-and`, `-f`…: parameters in form, operators in meaning; a statement goes on after them. */
export function isOperatorParameter(image: string): boolean {
  return OPERATOR_PARAMETERS.has(image.slice(1).toLowerCase());
}

/**
 * Lines that can only begin a new statement in the scripts we read. A string that reaches such a
 * line has lost its closing quote; real multi-line strings (expressions, descriptions) never do this.
 */
const STATEMENT_START =
  /^[ \t]*(?:(?:New|Add|Get|Remove|Set|Start|Stop|Import|Write|Disable|Enable|Clear)-[A-Za-z]+\b|New-Object\b|function[ \t]|if[ \t]*\(|elseif\b|\$\w+(?:\[\d+\])?[ \t]*=[^=]|#{4,}|\}[ \t]*$)/i;

export function isStatementStart(line: string): boolean {
  return STATEMENT_START.test(line);
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

const PARAMETER_LINE = /[ \t]*[-\u2013\u2014][A-Za-z]/y;

/**
 * Whether the line starting at `lineStart` begins with a parameter (`-Name`, also with the dashes Word
 * puts in): after a command line that does not end in a backtick, such a line lost its continuation.
 */
export function isParameterLine(text: string, lineStart: number): boolean {
  PARAMETER_LINE.lastIndex = lineStart;
  return PARAMETER_LINE.test(text);
}
