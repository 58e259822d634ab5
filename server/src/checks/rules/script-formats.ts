import type { InputFormat } from '../../model/rule-set';

/**
 * The PowerShell inputs (a Rules Editor export, a Documenter script): they move between servers and change one,
 * and only they can take a fix that edits text; a server export or a Documenter report describes one server.
 */
export function isScriptFormat(format: InputFormat): boolean {
  return format === 'sre-export' || format === 'documenter-script';
}
