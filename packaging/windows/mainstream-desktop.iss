; Inno Setup 6 script: a per-user installer of the Windows bundle, no administrator rights.
; Build the bundle first (python packaging\build_bundle.py), then, from the checkout root:
;   iscc /DAppVersion=0.1.0 packaging\windows\mainstream-desktop.iss
; Output: dist\mainstream-desktop-<version>-windows-x86_64-setup.exe
; Relative paths below are relative to this file's folder (Inno's default SourceDir).
;
; Never deleted by the uninstaller: workshops (saved wherever the user chose), backups,
; settings and the device id (%LOCALAPPDATA%\mainstream-desktop, or the portable data\
; folder); only what [Files] installed and the registry keys below are removed.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z mainstream-desktop.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\dist\mainstream-desktop"
#endif
#define AppName "Mainstream Desktop"
#define AppExe "mainstream-desktop.exe"
#define ProgId "MainstreamDesktop.Workshop"

[Setup]
; A fixed id: every later version upgrades this installation in place (double braces: a
; literal brace in Inno's syntax).
AppId={{6C0F3C1E-5E0B-4D55-9C2B-4D534431A001}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Mainstream Desktop team
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installer
; Per user, never elevated: {autopf} is then %LOCALAPPDATA%\Programs, HKA is HKCU
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Explorer is told to refresh file types at the end of install and uninstall
ChangesAssociations=yes
SetupIconFile=..\..\resources\icons\mainstream-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=mainstream-desktop-{#AppVersion}-windows-x86_64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The program may be running (a workshop open): ask to close it rather than fail
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "pt"; MessagesFile: "compiler:Languages\Portuguese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "association"; Description: "Open .mainstream workshop files with {#AppName}"; GroupDescription: "File types:"

[Files]
; The whole one-folder bundle (both executables and _internal\)
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the libraries: no file of an older version stays behind
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; The .mainstream file type, per user under HKCU\Software\Classes (no rights needed).
; uninsdeletevalue / uninsdeletekey remove only what is ours.
Root: HKCU; Subkey: "Software\Classes\.mainstream"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: association
Root: HKCU; Subkey: "Software\Classes\.mainstream"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-mainstream-workshop"; Flags: uninsdeletevalue; Tasks: association
Root: HKCU; Subkey: "Software\Classes\.mainstream\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{#AppName} workshop"; Flags: uninsdeletekey; Tasks: association
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: association
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: association
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".mainstream"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only Python's caches inside the program folder. Deliberately no entry for
; {localappdata}\mainstream-desktop (backups, settings, device id) nor for any workshop.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
