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

about=(--name RotaDesk --app-version "$version" --vendor "RotaDesk"
  --description "Reception desk rotation for real-estate sales offices"
  --copyright "RotaDesk developers")
# the smoke launcher starts with the same ahead-of-time cache as the desk where there is one (Linux)
smoke="$out/smoke.properties"
case "$(uname -s)" in
  Linux) sed 's|^java-options=.*|& -XX:AOTCache=$APPDIR/rotadesk.aot|' "$here/smoke.properties" > "$smoke" ;;
  *) cp "$here/smoke.properties" "$smoke" ;;
esac
# -XX:TieredStopAtLevel=1: the client compiler only, as desktop Java once ran by default; on a desk PC's two cores the
# server compiler's profiling and compiling compete with the first frame (docs/benchmarks.md: a third off the start,
# the engine's long replays half as fast, which the month in review and the simulator feel, the desk's actions do not)
common=("${about[@]}"
  --input "$out/input" --main-jar rotadesk.jar --main-class com.rotadesk.app.Main
  --runtime-image "$out/runtime"
  --java-options "--enable-native-access=ALL-UNNAMED"
  --java-options "-XX:TieredStopAtLevel=1"
  --add-launcher "rotadesk-smoke=$smoke")

# Trains the app image's ahead-of-time cache (JDK 25) on a scripted morning, through the image's own launcher and
# runtime, so the cache matches exactly what the installed desk starts: a demo office is made in a scratch folder,
# one run records what the desk loads while it opens that office and plays the morning (--train), another writes
# the cache, lib/app/rotadesk.aot. The launchers made for it are removed again.
train() {
  local image="$1" app="$1/lib/app" work step
  work="$(mktemp -d)"
  for step in prep record create; do
    cp "$image/bin/RotaDesk" "$image/bin/rotadesk-aot-$step"
  done
  sed '/AOTCache/d' "$app/RotaDesk.cfg" > "$app/rotadesk-aot-prep.cfg"
  sed "s|-XX:AOTCache=.*|-XX:AOTMode=record\njava-options=-XX:AOTConfiguration=$work/rotadesk.aotconf|" \
    "$app/RotaDesk.cfg" > "$app/rotadesk-aot-record.cfg"
  sed "s|-XX:AOTCache=\(.*\)|-XX:AOTMode=create\njava-options=-XX:AOTConfiguration=$work/rotadesk.aotconf\njava-options=-XX:AOTCache=\1|" \
    "$app/RotaDesk.cfg" > "$app/rotadesk-aot-create.cfg"
  local clock=2026-11-23T10:42
  # written into the folder (--smoke would work on a copy and leave it empty: the training would then record a new
  # database being built instead of a day being replayed, which is what a start does)
  "$image/bin/rotadesk-aot-prep" --screenshot "$work/demo.png" --demo --lang zh --data-dir "$work/office" \
    --clock "$clock" > "$work/prep.log" 2>&1 || { cat "$work/prep.log" >&2; exit 1; }
  [ -f "$work/office/rotadesk.mv.db" ] || { cat "$work/prep.log" >&2; echo "no training office" >&2; exit 1; }
  "$image/bin/rotadesk-aot-record" --train --lang zh --data-dir "$work/office" --clock "$clock" > "$work/record.log" 2>&1 \
    || { cat "$work/record.log" >&2; exit 1; }
  "$image/bin/rotadesk-aot-create" > "$work/create.log" 2>&1 || { cat "$work/create.log" >&2; exit 1; }
  [ -s "$app/rotadesk.aot" ] || { cat "$work/create.log" >&2; echo "no ahead-of-time cache written" >&2; exit 1; }
  for step in prep record create; do
    rm -f "$image/bin/rotadesk-aot-$step" "$app/rotadesk-aot-$step.cfg"
  done
  rm -rf "$work"
  echo "ahead-of-time cache: $app/rotadesk.aot ($(du -h "$app/rotadesk.aot" | cut -f1))"
}

case "$(uname -s)" in
  Linux)
    # the cache is trained in the app image; the .deb is then made from the same jar, runtime and options with
    # that cache beside the jar (installed under /opt it is found at the same place, $APPDIR). (Made from the app
    # image itself, jpackage would put the smoke launcher in the desktop menu too.) The data folder lives in the
    # user's home, so upgrading or removing the package keeps it.
    aot=(--java-options '-XX:AOTCache=$APPDIR/rotadesk.aot')
    "$bin/jpackage" --type app-image "${common[@]}" "${aot[@]}" --icon "$here/icons/rotadesk-256.png" \
      --dest "$out/dist"
    train "$out/dist/RotaDesk"
    cp "$out/dist/RotaDesk/lib/app/rotadesk.aot" "$out/input/"
    # GTK 3 is what JavaFX opens its window with; xz at level 1: the cache compresses to a sixth of its size either
    # way (89 MB to 14 MB), and level 6 took seven times as long for 1 MB less (docs/benchmarks.md)
    DPKG_DEB_COMPRESSOR_LEVEL=1 \
      "$bin/jpackage" --type deb "${common[@]}" "${aot[@]}" --icon "$here/icons/rotadesk-256.png" --dest "$out/dist" \
        --linux-package-name rotadesk --linux-app-category office --linux-menu-group "Office" \
        --linux-deb-maintainer "dev@rotadesk.invalid" --linux-package-deps libgtk-3-0
    ;;
  Darwin)
    # (untrained here: the first start writes a class-data archive where the app's folder is writable)
    "$bin/jpackage" --type dmg "${common[@]}" --icon "$here/icons/rotadesk.icns" --dest "$out/dist" \
      --java-options '-XX:SharedArchiveFile=$APPDIR/rotadesk.jsa' --java-options "-XX:+AutoCreateSharedArchive" \
      --mac-package-identifier com.rotadesk.desk
    ;;
  MINGW*|MSYS*|CYGWIN*)
    # per-user install, Start-menu entry, and a fixed upgrade UUID so a new version replaces the old one; the
    # first start writes a class-data archive in the per-user install folder
    "$bin/jpackage" --type msi "${common[@]}" --icon "$here/icons/rotadesk.ico" --dest "$out/dist" \
      --java-options '-XX:SharedArchiveFile=$APPDIR/rotadesk.jsa' --java-options "-XX:+AutoCreateSharedArchive" \
      --win-per-user-install --win-menu --win-menu-group RotaDesk --win-shortcut \
      --win-upgrade-uuid 6f1c1d1e-7a43-4c55-9a53-2c1e0b6d7a11 --win-dir-chooser
    ;;
esac
ls -la "$out/dist"
