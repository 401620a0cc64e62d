# Build Briefing Desk for Windows: PyInstaller bundle + per-user Inno Setup installer.
#   powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1 [-Python py]
# Needs: Python 3.11+ with the project and its 'packaging' extra installed
#   (py -m pip install -e ".[packaging]"), and Inno Setup 6 (iscc.exe on PATH or in its
#   default folder). Output: dist\BriefingDesk\ and dist\BriefingDesk-<version>-windows-x64-setup.exe
param([string]$Python = "python")
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

$Version = & $Python packaging\briefing_bundle.py version
if ($LASTEXITCODE -ne 0) { throw "could not read the version from pyproject.toml" }
Write-Host "Building Briefing Desk $Version for Windows"

& $Python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\briefing_desk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# Smoke check: the console executable answers --version.
& dist\BriefingDesk\briefing-app.exe --version
if ($LASTEXITCODE -ne 0) { throw "the bundle does not start" }

$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $Iscc)) { $Iscc = "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 (ISCC.exe) not found" }
& $Iscc "/DAppVersion=$Version" packaging\windows\BriefingDesk.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Get-ChildItem dist\BriefingDesk-$Version-windows-x64-setup.exe
