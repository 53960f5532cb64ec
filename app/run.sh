#!/usr/bin/env bash
# Runs the desk from the source tree (the README's run command). Builds the jar only when a source or a POM
# changed since the last build (the build also trains the ahead-of-time cache), then starts the desk with that
# cache. Arguments go to the desk (--data-dir DIR, --lang zh|en, ...).
set -euo pipefail
cd "$(dirname "$0")/.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! "$java" -version 2>&1 | grep -q 'version "25'; then
  echo "rotadesk: RotaDesk needs JDK 25: set JAVA_HOME to it (now: $("$java" -version 2>&1 | head -1))" >&2
  exit 1
fi
jar=app/target/rotadesk.jar
cache=app/target/rotadesk.aot
changed() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find pom.xml model persistence app -newer "$jar" \( -name pom.xml -o -path '*/src/*' \) \
      -not -path '*/target/*' -print -quit)" ]
}
if changed; then
  echo "Building RotaDesk (sources changed since the last build)..." >&2
  ./mvnw -q -DskipTests install
fi
# the cache holds the classes of the jar it was trained with: a jar built after it (./mvnw package) must not use it
aot=()
if [ -f "$cache" ] && [ "$cache" -nt "$jar" ]; then
  aot=(-XX:AOTCache="$cache")
fi
# the client compiler only, as the installed desk (installer/src/main/packaging/build.sh says why)
exec "$java" -XX:TieredStopAtLevel=1 ${aot[@]+"${aot[@]}"} -jar "$jar" "$@"
