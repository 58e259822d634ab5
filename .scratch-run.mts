import * as fs from 'node:fs';
import { readDocumenterReport } from './server/src/formats/documenter-report';
for (const n of ['Contoso_Pilot_AppliedTo_Contoso_Production_AADConnectSync_report.html','Contoso_PilotModified_AppliedTo_Contoso_Production_AADConnectSync_report.html']) {
  const f = '/work/shared/corpus/documenter/' + n;
  const text = fs.readFileSync(f, 'utf8');
  let r;
  for (let i = 0; i < 5; i++) { const t0 = performance.now(); r = readDocumenterReport(f, text); console.log('ms', (performance.now()-t0).toFixed(1)); }
  r = r!;
  console.log(n, r.diagnostics, r.files);
  for (const c of r.configs) {
    const marks: Record<string, number> = {};
    for (const x of c.rules) marks[x.mark!] = (marks[x.mark!] ?? 0) + 1;
    console.log(c.label, c.rules.length, c.rules.reduce((a, x) => a + x.flows.length, 0), c.rules.reduce((a, x) => a + x.scopeGroups.length, 0), c.rules.reduce((a, x) => a + x.joinGroups.length, 0), marks, c.connectors);
    for (const x of c.rules) if (x.mark !== 'Unchanged') console.log('  ', x.mark, x.name.value, x.precedence.value, x.disabled.value);
  }
}
