import type * as A from '../../syntax/ast';

/** A place that sets a PowerShell variable: `-OutVariable name` of a command, or `$name = …`. */
export interface VariableSetter {
  /** Lower-case: PowerShell variable names are case-insensitive. */
  name: string;
  /** The whole command or assignment. */
  span: A.Span;
  /** Where the name is written. */
  nameSpan: A.Span;
}

export interface ScriptVisitor {
  command?(command: A.Command): void;
  value?(value: A.Value, command: A.Command | undefined): void;
  assignment?(assignment: A.AssignmentStatement): void;
}

/** Visits every command, assignment and value of a script in text order, however deeply nested. */
export function walkScript(script: A.Script, visitor: ScriptVisitor): void {
  const statements = (list: readonly A.Statement[] | undefined) => list?.forEach(statement);
  function statement(s: A.Statement): void {
    switch (s.kind) {
      case 'function':
        return statements(s.body);
      case 'if':
        return s.clauses.forEach((c) => (statements(c.condition), statements(c.body)));
      case 'assignment':
        visitor.assignment?.(s);
        value(s.target, undefined);
        if (s.value) statement(s.value);
        return;
      case 'pipeline':
        return s.elements.forEach((e) => (e.kind === 'command' ? command(e) : expression(e, undefined)));
    }
  }
  function command(c: A.Command): void {
    visitor.command?.(c);
    for (const a of c.args) if (a.kind !== 'opaque' && a.value) value(a.value, c);
  }
  function expression(e: A.Expression, owner: A.Command | undefined): void {
    for (const p of e.parts) if (p.kind !== 'operator') value(p, owner);
  }
  function value(v: A.Value, owner: A.Command | undefined): void {
    visitor.value?.(v, owner);
    switch (v.kind) {
      case 'list':
        v.items.forEach((i) => value(i, owner));
        return statements(v.statements);
      case 'group':
        statements(v.statements);
        return postfixes(v.postfix, owner);
      case 'typed':
        if (v.value) value(v.value, owner);
        return postfixes(v.postfix, owner);
      case 'variable':
        return postfixes(v.postfix, owner);
    }
  }
  function postfixes(list: A.Postfix[], owner: A.Command | undefined): void {
    for (const p of list) {
      if (p.kind === 'index' && p.index) value(p.index, owner);
      if (p.kind === 'member') statements(p.call);
    }
  }
  statements(script.statements);
}

/** Every place that sets a variable, in text order. */
export function variableSetters(script: A.Script): VariableSetter[] {
  const found: VariableSetter[] = [];
  walkScript(script, {
    command(c) {
      for (const a of c.args) {
        if (a.kind !== 'parameter' || a.name.toLowerCase() !== 'outvariable' || !a.value) continue;
        const name = outVariableName(a.value);
        if (name) found.push({ name, span: { start: c.start, end: c.end }, nameSpan: { start: a.value.start, end: a.value.end } });
      }
    },
    assignment(s) {
      if (s.target.kind === 'variable' && s.target.postfix.length === 0)
        found.push({ name: s.target.name.toLowerCase(), span: { start: s.start, end: s.end }, nameSpan: { start: s.target.start, end: s.target.end } });
    },
  });
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** `-OutVariable syncRule`, `'syncRule'` or `+syncRule` (append): the variable's name, lower-case. */
function outVariableName(v: A.Value): string | undefined {
  const text = v.kind === 'bareword' ? v.text : v.kind === 'string' && !v.expandable ? v.value : undefined;
  const name = text?.replace(/^\+/, '').trim();
  return name ? name.toLowerCase() : undefined;
}

export function contains(span: A.Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
