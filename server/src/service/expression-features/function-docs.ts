import type { FunctionInfo } from '../../catalog/function-types';
import { codeBlock } from './markdown';
import { signatureText } from './signature-label';

/** Markdown for a function: every signature, its description, and its Functions Reference entry. */
export function functionMarkdown(fn: FunctionInfo): string {
  const signatures = codeBlock(fn.signatures.map((s) => signatureText(fn, s).label).join('\n'));
  return [signatures, fn.description, functionDocsLink(fn)].join('\n\n');
}

export function functionDocsLink(fn: FunctionInfo): string {
  return fn.documented
    ? `[${fn.name} in the Functions Reference](${fn.docs})`
    : `Not in the [Functions Reference](${fn.docs}): the sync engine has ${fn.name}, Microsoft does not document it.`;
}
