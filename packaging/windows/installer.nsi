; The GrantDesk installer for Windows 10 and 11, 64-bit (NSIS 3, Modern UI 2, MultiUser).
; packaging/windows/build compiles it:
;   makensis -DVERSION=<x.y.z> -DBUNDLE=<PyInstaller's one-folder app> -DOUTFILE=<setup.exe> -DROOT=<checkout>
;
; - Per user without administrator rights (into %LOCALAPPDATA%\Programs\GrantDesk); for all
;   users (Program Files) when an administrator runs it. /CurrentUser or /AllUsers choose on
;   the command line, /S installs silently.
; - Speaks Kazakh, Russian and English (Kazakh from lang/, which NSIS does not ship).
; - Start-menu and desktop shortcuts; .grantdesk files open in GrantDesk, with its icon.
; - An upgrade replaces the program files only. GrantDesk keeps its settings and backups in
;   %LOCALAPPDATA%\GrantDesk (platformdirs) and projects where the user saves them (Documents):
;   neither lies inside the install folder, and neither the installer nor the uninstaller
;   touches them. The uninstaller removes exactly the files the installer wrote.

Unicode true
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma

!define APP "GrantDesk"
!define PROGID "GrantDesk.Project"
!define REGKEY "Software\GrantDesk"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\GrantDesk"
!define ICON "${ROOT}/resources/icons/grantdesk.ico"
!define MIN_BUILD 17763   ; Windows 10 1809, the oldest Windows that Qt 6 supports

Name "${APP}"
OutFile "${OUTFILE}"
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} ${VERSION} setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "GrantDesk authors"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${REGKEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${REGKEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallDir"
!include MultiUser.nsh
!include MUI2.nsh
!include FileFunc.nsh
!include LogicLib.nsh
!include WinVer.nsh
!include x64.nsh

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
; Asked before any language is chosen, so in all three.
!define MUI_LANGDLL_WINDOWTITLE "GrantDesk"
!define MUI_LANGDLL_INFO "Тілді таңдаңыз.$\r$\nВыберите язык.$\r$\nChoose a language."
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${REGKEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\GrantDesk.exe"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(KEPT_ON_UNINSTALL)"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the fallback when the system's is none of the three.
!insertmacro MUI_LANGUAGEEX "${ROOT}/packaging/windows/lang" "Kazakh"
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "English"

LangString NEEDS_WINDOWS ${LANG_KAZAKH} "GrantDesk үшін 64 биттік Windows 10 (1809 немесе жаңарақ) не Windows 11 қажет."
LangString NEEDS_WINDOWS ${LANG_RUSSIAN} "Для GrantDesk нужна 64-битная Windows 10 (1809 или новее) или Windows 11."
LangString NEEDS_WINDOWS ${LANG_ENGLISH} "GrantDesk needs 64-bit Windows 10 (1809 or later) or Windows 11."
LangString FILE_TYPE ${LANG_KAZAKH} "GrantDesk жобасы"
LangString FILE_TYPE ${LANG_RUSSIAN} "Проект GrantDesk"
LangString FILE_TYPE ${LANG_ENGLISH} "GrantDesk project"
LangString KEPT_ON_UNINSTALL ${LANG_KAZAKH} "GrantDesk бағдарламасы жойылады. Жобаларыңыз (.grantdesk файлдары), олардың сақтық көшірмелері мен баптаулар компьютерде қалады."
LangString KEPT_ON_UNINSTALL ${LANG_RUSSIAN} "Программа GrantDesk будет удалена. Ваши проекты (файлы .grantdesk), их резервные копии и настройки останутся на компьютере."
LangString KEPT_ON_UNINSTALL ${LANG_ENGLISH} "The GrantDesk program will be removed. Your projects (.grantdesk files), their backups and the settings stay on this computer."

Function .onInit
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastBuild} ${MIN_BUILD}
    MessageBox MB_OK|MB_ICONSTOP "$(NEEDS_WINDOWS)" /SD IDOK
    Abort
  ${EndIf}
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; The files of the program itself; an upgrade first drops the previous version's, so no stale
; module outlives it. Never anything outside $INSTDIR\_internal and the two programs.
!macro REMOVE_PROGRAM_FILES
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\GrantDesk.exe"
  Delete "$INSTDIR\grantdesk.com"
!macroend

Section "GrantDesk" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  !insertmacro REMOVE_PROGRAM_FILES
  File /r "${BUNDLE}/*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortcut "$SMPROGRAMS\GrantDesk.lnk" "$INSTDIR\GrantDesk.exe" "" "$INSTDIR\GrantDesk.exe" 0
  CreateShortcut "$DESKTOP\GrantDesk.lnk" "$INSTDIR\GrantDesk.exe" "" "$INSTDIR\GrantDesk.exe" 0

  ; .grantdesk files: opened by GrantDesk, shown with its icon.
  WriteRegStr SHCTX "Software\Classes\.grantdesk" "" "${PROGID}"
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "$(FILE_TYPE)"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\GrantDesk.exe,0"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\GrantDesk.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'   ; SHCNE_ASSOCCHANGED

  WriteRegStr SHCTX "${REGKEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${REGKEY}" "Version" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\GrantDesk.exe,0"
  WriteRegStr SHCTX "${UNINSTKEY}" "Publisher" "GrantDesk"
  WriteRegStr SHCTX "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTKEY}" "UninstallString" '"$INSTDIR\Uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINSTKEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\GrantDesk.lnk"
  Delete "$DESKTOP\GrantDesk.lnk"
  !insertmacro REMOVE_PROGRAM_FILES
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"   ; only when empty: whatever else is in the folder stays

  ReadRegStr $0 SHCTX "Software\Classes\.grantdesk" ""
  ${If} $0 == "${PROGID}"
    DeleteRegKey SHCTX "Software\Classes\.grantdesk"
  ${EndIf}
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey SHCTX "${UNINSTKEY}"
  DeleteRegKey SHCTX "${REGKEY}"
SectionEnd
