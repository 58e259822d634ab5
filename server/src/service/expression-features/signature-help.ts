import { MarkupKind, type Position, type SignatureHelp, type SignatureInformation } from 'vscode-languageserver-types';
import { findFunction, findFunctionIgnoringCase } from '../../catalog/functions';
import { enclosingCall } from './enclosing-call';
import type { ExpressionDocument } from './expression-document';
import { expressionAt } from './locate';
import { activeSignatureIndex, parameterDoc, parameterIndex, signatureText } from './signature-label';

/**
 * Signatures of the call whose arguments the cursor is in, with the parameter being typed. Every
 * overload is listed; the active one is the first with room for the current argument. A name in the
 * wrong case still gets help (the diagnostic says the case is wrong); unknown names get none.
 */
export function expressionSignatureHelp(doc: ExpressionDocument, position: Position): SignatureHelp | null {
  const cursor = expressionAt(doc, position);
  if (!cursor) return null;
  const call = enclosingCall(cursor.tokens, cursor.offset);
  if (!call) return null;
  const fn = findFunction(call.name) ?? findFunctionIgnoringCase(call.name);
  if (!fn) return null;
  const activeSignature = activeSignatureIndex(fn, call.argIndex);
  const signatures: SignatureInformation[] = fn.signatures.map((signature) => {
    const text = signatureText(fn, signature);
    return {
      label: text.label,
      documentation: { kind: MarkupKind.Markdown, value: fn.description },
      parameters: text.parameters.map(({ parameter, span }) => ({ label: span, documentation: parameterDoc(parameter) })),
      activeParameter: parameterIndex(fn, signature, call.argIndex),
    };
  });
  return { signatures, activeSignature, activeParameter: parameterIndex(fn, fn.signatures[activeSignature], call.argIndex) };
}
