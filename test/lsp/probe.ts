import { ServerProcess } from './support/server-process';
const { server } = await ServerProcess.initialized();
const text = "New-ADSyncRule -Name 'x";
for (const uri of ['file://fileserver/share/rules.ps1', 'file:///tmp/a%2Fb.ps1', 'file:///tmp/ok.ps1']) {
  const m = server.diagnostics.mark();
  await server.open(uri, 'powershell', 1, text);
  try { const p = await server.diagnostics.forVersion(uri, 1, m); console.log(uri, p.diagnostics.length); } catch (e) { console.log(uri, String(e).slice(0, 200)); }
}
console.log('running', server.running, JSON.stringify(server.stderr).slice(0, 600));
console.log('exit', await server.shutdown().catch(String));
await server.dispose();
