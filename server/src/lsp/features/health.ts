import { ResponseError, type Connection } from 'vscode-languageserver/node';
import { nodeFileSource } from '../../formats/node-file-source';
import { HealthRequest, type HealthParams, type HealthResult } from '../../protocol/health';
import { buildHealthReport } from '../../service/health/build-health';
import { blocked, healthMarkdown } from '../../service/health/health-report';

export function registerHealth(connection: Connection) {
  connection.onRequest(HealthRequest.method, (params: HealthParams): HealthResult | ResponseError => {
    try {
      const report = buildHealthReport(params.primary, params.staging, nodeFileSource);
      return { markdown: healthMarkdown(report), blocked: blocked(report) };
    } catch (e) {
      return new ResponseError(-32001, e instanceof Error ? e.message : String(e));
    }
  });
}
