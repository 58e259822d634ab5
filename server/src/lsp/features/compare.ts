import { ResponseError, type Connection } from 'vscode-languageserver/node';
import { nodeFileSource } from '../../formats/node-file-source';
import {
  COMPARE_INPUT_ERROR,
  CompareReportRequest,
  CompareRequest,
  type CompareParams,
  type CompareReportParams,
  type CompareReportResult,
  type CompareView,
} from '../../protocol/compare';
import { comparisonReport, ReportUnavailable } from '../../service/compare/report';
import { runComparison, type Comparison } from '../../service/compare/run-comparison';
import { InputError } from '../../service/inputs';

/** The last comparison only: CodeLens, the report and rule hovers speak of what the user compared most recently. */
export class LastComparison {
  current: Comparison | undefined;
}

/** Primary/staging comparison: the request that runs it and the report of it (its CodeLens: code-lenses.ts). */
export function registerCompare(connection: Connection, held: LastComparison) {
  let count = 0;

  connection.onRequest(CompareRequest.method, (params: CompareParams): CompareView => {
    try {
      held.current = runComparison(++count, params, nodeFileSource);
    } catch (e) {
      if (e instanceof InputError || isIoError(e)) throw new ResponseError(COMPARE_INPUT_ERROR, e.message);
      throw e;
    }
    // Lenses of open documents change with the comparison; a client without refresh support just says no.
    connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    return held.current.view;
  });

  connection.onRequest(CompareReportRequest.method, async (params: CompareReportParams): Promise<CompareReportResult> => {
    const last = held.current;
    if (!last || last.view.comparison !== params.comparison) throw new ResponseError(COMPARE_INPUT_ERROR, 'That comparison is no longer held by the server: compare again.');
    try {
      return { markdown: await comparisonReport(last) };
    } catch (e) {
      if (e instanceof ReportUnavailable) throw new ResponseError(COMPARE_INPUT_ERROR, e.message);
      throw e;
    }
  });
}

function isIoError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && 'syscall' in e;
}
