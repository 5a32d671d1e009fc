; Inno Setup script: a Windows installer for the one-folder bundle, per user or for all
; users, with a Start-menu entry, a desktop shortcut, the jobfollowup:// links of calendar
; events opening in the app, and an uninstaller (Apps & features).
; On Windows, from the checkout:
;   pip install -e .[packaging]
;   pyinstaller --noconfirm packaging\jobfollowup.spec      (makes dist\jobfollowup\)
;   iscc packaging\windows\jobfollowup.iss                  (makes dist\jobfollowup-…-setup.exe)
; Paths are relative to this file. tests/test_packaging.py checks every file named here
; against the bundle built on Linux (same layout, without ".exe").

#define AppName "Job Follow-up"
#define AppVersion "0.1.0"
#define AppId "org.jobfollowup.JobFollowup"
#define Bundle "..\..\dist\jobfollowup"
#define Exe "jobfollowup.exe"
#define LinkScheme "jobfollowup"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Job Follow-up developers
AppPublisherURL=https://jobfollowup.org/
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights; the dialog offers all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=jobfollowup-{#AppVersion}-windows-x64-setup
SetupIconFile={#Bundle}\_internal\jobfollowup\resources\icons\jobfollowup.ico
UninstallDisplayIcon={app}\{#Exe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Bundle}\{#Exe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Bundle}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; AppUserModelID matches the one the app gives its windows, so the taskbar groups them.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#Exe}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#Exe}"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Registry]
; The links in calendar events (jobfollowup://follow-up/…) open in the app, for this user
; or for all users as the app is installed (HKA), and go with it when it is uninstalled.
Root: HKA; Subkey: "Software\Classes\{#LinkScheme}"; ValueType: string; ValueName: ""; ValueData: "URL:{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#LinkScheme}"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\{#LinkScheme}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#Exe}"",0"
Root: HKA; Subkey: "Software\Classes\{#LinkScheme}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#Exe}"" ""%1"""

[Run]
Filename: "{app}\{#Exe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
