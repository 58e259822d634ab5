/**
 * The HTML report's only styling, inline so the file stands alone. Colours are backed by borders and
 * words, so the report reads the same printed in black and white; long code wraps instead of running
 * off the page.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; background: #fff; margin: 2rem auto; max-width: 72rem; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #d0d7de; padding-bottom: 0.2rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.6rem; }
h4 { font-size: 1rem; margin: 0 0 0.3rem; }
code, pre { font-family: ui-monospace, "Cascadia Mono", Consolas, Menlo, monospace; font-size: 0.92em; }
code { overflow-wrap: anywhere; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 4px; padding: 0.4rem 0.5rem; }
.prose { white-space: pre-wrap; overflow-wrap: anywhere; }
table { border-collapse: collapse; margin: 0.4rem 0 1rem; }
th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.changes, table.settings { width: 100%; table-layout: fixed; }
table.changes col.field { width: 22%; }
table.changes th[scope=row] { font-weight: normal; }
.critical { border: 3px solid #b00020; background: #fde7ea; color: #7a0016; font-weight: 700; font-size: 1.1rem; padding: 0.7rem 0.9rem; margin: 0 0 1rem; }
.critical-row td { background: #fde7ea; }
.flag { color: #b00020; }
.verdict { font-weight: 600; }
.sides { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 0.8rem; margin: 0 0 1rem; }
.sides dt { font-weight: 600; }
.sides dd { margin: 0; }
.rule { border: 1px solid #d0d7de; border-left: 4px solid #0969da; border-radius: 4px; padding: 0.6rem 0.8rem 0.1rem; margin: 0 0 1rem; }
.facts, .muted { color: #57606a; margin: 0 0 0.2rem; }
.action { font-style: italic; margin: 0 0 0.4rem; }
ul.rules li, ul.drift li { margin: 0.2rem 0; }
tr.changed td:first-child, tr.onlyInPrimary td:first-child, tr.onlyInStaging td:first-child { font-weight: 600; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  .critical, .critical-row td, pre, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .rule, tr, pre { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
}
`;
