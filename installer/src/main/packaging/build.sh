#!/usr/bin/env bash
# Builds the jlink runtime, the jpackage app image and this platform's native installer.
# Args: the app jar, the output folder, the version, the runtime's modules.
set -euo pipefail
jar="$1"; out="$2"; version="$3"; modules="$4"
here="$(cd "$(dirname "$0")" && pwd)"
[ -f "$jar" ] || { echo "no app jar at $jar: build the app first (./mvnw -Pinstaller -DskipTests install)" >&2; exit 1; }
bin="${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin"

rm -rf "$out/input" "$out/runtime" "$out/dist"
mkdir -p "$out/input" "$out/dist"
cp "$jar" "$out/input/"

"$bin/jlink" --add-modules "$modules" --include-locales=en,zh \
  --strip-debug --no-header-files --no-man-pages --strip-native-commands \
  --output "$out/runtime"

common=(--name RotaDesk --app-version "$version" --vendor "RotaDesk"
  --description "Reception desk rotation for real-estate sales offices"
  --copyright "RotaDesk developers"
  --input "$out/input" --main-jar rotadesk.jar --main-class com.rotadesk.app.Main
  --runtime-image "$out/runtime"
  --java-options "--enable-native-access=ALL-UNNAMED"
  # AppCDS: the first start writes a class-data archive beside the app where that folder is writable (per-user
  # installs); later starts reach the first board frame in about 1 s instead of 2.5 s (docs/benchmarks.md)
  --java-options '-XX:SharedArchiveFile=$APPDIR/rotadesk.jsa'
  --java-options "-XX:+AutoCreateSharedArchive"
  --add-launcher "rotadesk-smoke=$here/smoke.properties")

case "$(uname -s)" in
  Linux)
    "$bin/jpackage" --type app-image "${common[@]}" --icon "$here/icons/rotadesk-256.png" --dest "$out/dist"
    # deb: per-machine install under /opt, menu entry; the data folder lives in the user's home, so
    # upgrading or removing the package keeps it.
    "$bin/jpackage" --type deb "${common[@]}" --icon "$here/icons/rotadesk-256.png" --dest "$out/dist" \
      --linux-package-name rotadesk --linux-app-category office --linux-menu-group "Office" \
      --linux-deb-maintainer "dev@rotadesk.invalid"
    ;;
  Darwin)
    "$bin/jpackage" --type dmg "${common[@]}" --icon "$here/icons/rotadesk.icns" --dest "$out/dist" \
      --mac-package-identifier com.rotadesk.desk
    ;;
  MINGW*|MSYS*|CYGWIN*)
    # per-user install, Start-menu entry, and a fixed upgrade UUID so a new version replaces the old one
    "$bin/jpackage" --type msi "${common[@]}" --icon "$here/icons/rotadesk.ico" --dest "$out/dist" \
      --win-per-user-install --win-menu --win-menu-group RotaDesk --win-shortcut \
      --win-upgrade-uuid 6f1c1d1e-7a43-4c55-9a53-2c1e0b6d7a11 --win-dir-chooser
    ;;
esac
ls -la "$out/dist"
