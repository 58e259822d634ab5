import type { ReportOptions } from '../../diff/report-options';
import type { DiffResult } from '../../diff/types';
import type { Comparison } from './run-comparison';

type RenderMarkdown = (result: DiffResult, options: ReportOptions) => string;
type RendererModule = { renderMarkdown?: RenderMarkdown };

export class ReportUnavailable extends Error {}

/** The Markdown renderer lives in diff/; it is loaded when a report is first asked for. */
const loadRenderer = (): Promise<RendererModule> => import('../../diff/render-markdown');

/** The comparison as the Markdown report a person reads (the same text as `adsync-rules diff --format markdown`). */
export async function comparisonReport(comparison: Comparison, load: () => Promise<RendererModule> = loadRenderer): Promise<string> {
  let render: RenderMarkdown | undefined;
  try {
    render = (await load()).renderMarkdown;
  } catch (e) {
    throw new ReportUnavailable(`The Markdown report renderer (server/src/diff/render-markdown.ts) could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof render !== 'function') throw new ReportUnavailable('The Markdown report renderer (server/src/diff/render-markdown.ts) has no renderMarkdown function.');
  // The view's problems include what the reading met (syntax errors, a bad connector map): the report says them too.
  const result = { ...comparison.result, problems: comparison.view.problems };
  return render(result, { primaryLabel: comparison.view.primary.label, stagingLabel: comparison.view.staging.label });
}
