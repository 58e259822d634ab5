import type { CodeLens, Connection } from 'vscode-languageserver/node';
import { comparisonLenses } from '../../service/compare/code-lenses';
import { resolveSampleLens, sampleLenses, type SampleLensData } from '../../service/evaluate-rules/sample-lenses';
import type { LastComparison } from './compare';
import { SampleFiles } from './sample-files';
import type { OpenExpressionDocuments } from './script-documents';
import { URI } from '../uri';

/** Compare lenses come complete; sample lenses get their value when the editor shows them. */
export const codeLensCapability = { resolveProvider: true };

/**
 * Every CodeLens of an open document: how the last comparison found each rule, and "evaluate with sample"
 * above each Expression flow when `*.sample.json` files sit beside the file.
 */
export function registerCodeLenses(connection: Connection, open: OpenExpressionDocuments, comparison: LastComparison, enabled: () => boolean) {
  const samples = new SampleFiles();
  connection.onCodeLens((p) => {
    const uri = p.textDocument.uri;
    const doc = enabled() ? open.get(uri) : undefined;
    const last = comparison.current;
    const compared = last ? comparisonLenses(last, URI.toPath(uri), doc) : [];
    const near = doc?.rules.length && !doc.tooLarge ? samples.near(doc.file).length : 0;
    return [...compared, ...(near ? sampleLenses(uri, doc!.rules, near) : [])];
  });
  connection.onCodeLensResolve((lens: CodeLens) => {
    const data = lens.data as SampleLensData | undefined;
    if (data?.kind !== 'sample') return lens;
    const doc = open.get(data.uri);
    return doc ? resolveSampleLens(lens, data, doc.rules, samples.lastNear(doc.file)) : lens;
  });
}
