; Inno Setup 6 script: per-user installer of the one-folder bundle dist\trainmgr\ (built on Windows
; with `python installer\build.py bundle`). See README.md beside this file.
;
;   iscc installer\windows\trainmgr.iss                      -> dist\trainmgr-<version>-setup.exe
;   iscc /DAppVersion=0.2.0 installer\windows\trainmgr.iss   (another version; keep it = trainmgr.__version__)
;
; No administrator rights: installs into %LOCALAPPDATA%\Programs\trainmgr and the user's Start menu.
; The data (database, backups, logs) live in %LOCALAPPDATA%\trainmgr\trainmgr (platformdirs'
; user data dir), outside {app}: the uninstaller removes only what it installed, so the data stay.

#define AppName "trainmgr"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\trainmgr"
#endif

[Setup]
AppId={{87CC9C40-1353-4A1F-8D0A-920725A981F9}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=trainmgr
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\trainmgr.ico
UninstallDisplayIcon={app}\trainmgr.exe
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\trainmgr.exe"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\trainmgr.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\trainmgr.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the database, its backups and the logs are the user's.
