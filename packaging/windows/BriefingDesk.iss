; Inno Setup script: per-user installer for Briefing Desk on Windows 10/11 (no admin rights).
;
; Build on Windows after PyInstaller (packaging\build_windows.ps1 does both):
;   iscc /DAppVersion=0.1.0 packaging\windows\BriefingDesk.iss
; Input:  dist\BriefingDesk\  (BriefingDesk.exe = editor, briefing-app.exe = command line)
; Output: dist\BriefingDesk-<version>-windows-x64-setup.exe

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (build_windows.ps1 reads it from pyproject.toml)
#endif
#define AppName "Briefing Desk"
#define AppExe "BriefingDesk.exe"
#define ProgId "BriefingDesk.Meeting.1"
#define DistDir "..\..\dist\BriefingDesk"

[Setup]
; Never change AppId: it identifies the installation for upgrades and uninstall.
AppId={{55861F13-E8BC-415A-877F-05BE779CD7A1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Briefing Desk developers
; Per user, no elevation: {autopf} is %LOCALAPPDATA%\Programs, registry goes to HKCU.
PrivilegesRequired=lowest
DefaultDirName={autopf}\BriefingDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
OutputDir=..\..\dist
OutputBaseFilename=BriefingDesk-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\briefing-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle completely: no stale libraries from an older version.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; Start menu entry (per user: {autoprograms} is the user's Start menu with lowest privileges).
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Turn meeting reports into Word briefing notes"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; File association, per user (HKCU\Software\Classes): saved meetings *.briefing.json.
; The ProgId: name, icon and the command that opens a meeting in the editor.
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Briefing Desk meeting"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""
; The full suffix .briefing.json points to the ProgId ...
Root: HKCU; Subkey: "Software\Classes\.briefing.json"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.briefing.json"; ValueType: string; ValueName: "Content Type"; ValueData: "application/vnd.briefingdesk.meeting+json"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.briefing.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
; ... but Explorer decides by the last extension (.json): offer Briefing Desk in "Open with"
; for JSON files without taking JSON over (see packaging/README.md).
Root: HKCU; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder. Meetings, archive and settings live in %LOCALAPPDATA%\BriefingDesk
; and are kept.
Type: filesandordirs; Name: "{app}\_internal"
