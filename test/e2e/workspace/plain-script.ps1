# An ordinary script: nothing here builds a sync rule, so the extension stays silent.
$services = Get-Service | Where-Object { $_.Status -eq 'Running' }
foreach ($s in $services) { Write-Host "Service: $($s.Name)" }
