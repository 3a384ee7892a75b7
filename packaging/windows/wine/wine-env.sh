# Sourced by packaging/windows/build and smoke: running Windows programs under Debian's Wine.
# The caller sets WINEPREFIX (a folder of its own) before sourcing.
: "${WINEPREFIX:?set WINEPREFIX first}"
export WINEPREFIX WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree=;mshtml="   # no Mono/Gecko install prompts
WINE_HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# A Linux path as Wine's Z: drive sees it.
winpath() { printf 'Z:%s' "${1//\//\\}"; }

# Wine 8 hands a Windows program invalid standard handles when its output is a plain file
# (Python then dies in init_sys_streams); a pipe works, so the output goes through one.
winrun() { wine "$@" 2>&1 | cat; }

# A ready prefix that says it is Windows 10 (a new Wine 8 prefix says Windows 7, which the
# installer rightly refuses), with the stand-in for Windows' ICU that Qt 6 needs (icuuc_stub.c).
wine_prefix_ready() {
  if [[ ! -f "$WINEPREFIX/system.reg" ]]; then
    wineboot -i 2>&1 | grep -v -E "wine32 is missing|multiarch|dpkg --add-architecture|apt-get install wine32" || true
    winecfg /v win10
    wineserver -w
  fi
  local dll="$WINEPREFIX/drive_c/windows/system32/icuuc.dll"
  if [[ ! -f "$dll" ]]; then
    x86_64-w64-mingw32-gcc -O2 -shared -s -o "$dll" "$WINE_HERE/icuuc_stub.c"
  fi
}
