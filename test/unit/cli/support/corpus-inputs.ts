import { corpusPath } from '../../../support/corpus';

/** The corpus inputs the CLI tests read in place, one per input kind and the special cases the brief names. */
export const corpusInput = {
  sreFolder: corpusPath('sre-exports'),
  standardExcerpt: corpusPath('sre-exports', 'sre_export_standard_rules_excerpt.ps1'),
  derivedTeams: corpusPath('sre-exports', 'sre_export_derived_teams_lync_override_functions.ps1'),
  cloudSync: corpusPath('sre-exports', 'sre_export_msdocs_cloudsync_migrate_group_writeback.ps1'),
  documenterScript: corpusPath('documenter', 'Contoso_PilotModified_AppliedTo_Contoso_Production_AADConnectSync_report.ps1.txt'),
  documenterScriptEmpty: corpusPath('documenter', 'Contoso_Pilot_AppliedTo_Contoso_Production_AADConnectSync_report.ps1.txt'),
  documenterReport: corpusPath('documenter', 'Contoso_PilotModified_AppliedTo_Contoso_Production_AADConnectSync_report.html'),
  documenterFolder: corpusPath('documenter'),
  serverConfig: corpusPath('server-config', 'contoso-1.1.130'),
  serverConfigModified: corpusPath('server-config', 'contoso-1.1.130-modified'),
  serverConfigParent: corpusPath('server-config'),
};

/** Every corpus file or folder lint must find nothing in: all four kinds, every file of each. */
export const everyCorpusInput = [corpusInput.sreFolder, corpusInput.documenterFolder, corpusInput.serverConfig, corpusInput.serverConfigModified];
