import * as fs from 'node:fs';
import { readDocumenterReport } from './server/src/formats/documenter-report';
for (const n of ['small-report.html','not-a-report.html','missing-description.html']) {
  const f = 'test/fixtures/documenter-report/' + n;
  const r = readDocumenterReport(f, fs.readFileSync(f, 'utf8'));
  console.log(n, JSON.stringify(r.diagnostics), r.files);
  for (const c of r.configs) {
    console.log(c.label, c.rules.map(x => [x.mark, x.name.value, x.precedence.value, x.disabled.value, x.immutableTag.value, x.sourceObjectType.value, x.targetObjectType.value, x.flows.map(f => [f.mark, f.destination.value, f.flowType.value, f.sources.value, f.expression.value, f.executeOnce.value, f.valueMergeType.value]), x.scopeGroups.map(g => g.conditions.map(c => [c.attribute.value, c.operator.value, c.value.value])), x.joinGroups.map(g => g.conditions.map(c => [c.csAttribute.value, c.mvAttribute.value, c.caseSensitive.value]))]));
  }
}
