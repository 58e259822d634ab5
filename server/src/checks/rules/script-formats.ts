import type { InputFormat } from '../../model/rule-set';

/** Fixes edit text: only the PowerShell inputs (a Rules Editor export, a Documenter script) can take them. */
export function isScriptFormat(format: InputFormat): boolean {
  return format === 'sre-export' || format === 'documenter-script';
}
