import { ResponseError, type Connection } from 'vscode-languageserver/node';
import { OpenConfigurationRequest, type OpenConfigurationParams, type OpenConfigurationResult } from '../../protocol/configuration';
import { nodeFileSource } from '../../formats/node-file-source';
import { configurationAsScript } from '../../service/configuration-script';

export function registerOpenConfiguration(connection: Connection) {
  connection.onRequest(OpenConfigurationRequest.method, (params: OpenConfigurationParams): OpenConfigurationResult | ResponseError => {
    try {
      return configurationAsScript(params.path, nodeFileSource);
    } catch (e) {
      return new ResponseError(-32001, e instanceof Error ? e.message : String(e));
    }
  });
}
