#!/usr/bin/env bash
# Desk start-up against a bare JavaFX window, measured in the same run (docs/benchmarks.md).
# Each round starts, in turn and in a fresh JVM each:
#   bare       a bare JavaFX window (one label) from the same jar, plain java
#   plain      java -jar app/target/rotadesk.jar --smoke                         (no cache)
#   readme     the README's run path (app/run.sh): the same with -XX:AOTCache=app/target/rotadesk.aot and the client
#              compiler only (-XX:TieredStopAtLevel=1)
#   installed  installer/target/dist/RotaDesk/bin/rotadesk-smoke (jlink runtime + its trained cache), if built
# All on JavaFX's headless platform (software rendering), on one demo office, at the demo's clock. A time is from
# spawning the process to the first rendered frame, as the process reports it (ms since the epoch).
# Usage: app/src/bench/startup.sh [ROUNDS]   (after ./mvnw -DskipTests install, and -Pinstaller for "installed")
set -euo pipefail
cd "$(dirname "$0")/../../.."
rounds="${1:-5}"
java="${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java"
jar=app/target/rotadesk.jar
cache=app/target/rotadesk.aot
image=installer/target/dist/RotaDesk
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/classes"
"${JAVA_HOME}/bin/javac" -cp "$jar" -d "$work/classes" app/src/bench/BareWindow.java
clock=2026-11-23T10:42
# the demo office, written into the folder (--smoke would leave it empty: it works on a copy of the folder, so every
# measured start would build a new database instead of opening an office)
"$java" -jar "$jar" --screenshot "$work/demo.png" --demo --lang zh --data-dir "$work/office" --clock "$clock" > /dev/null 2>&1
[ -f "$work/office/rotadesk.mv.db" ] || { echo "the demo office was not written to $work/office" >&2; exit 1; }
headless=(-Dglass.platform=Headless -Dprism.order=sw -Djava.awt.headless=true)

# runs a command, prints the ms from its spawn to the first frame it reports
measure() {
  local start end
  start=$(date +%s%3N)
  end=$("$@" 2>&1 | grep -oE '[0-9]{13} ms since the epoch' | grep -oE '^[0-9]{13}' | head -1)
  [ -n "$end" ] || { echo "no first frame from: $*" >&2; exit 1; }
  echo $((end - start))
}

kinds=(bare plain readme)
[ -f "$cache" ] || { echo "no $cache: run ./mvnw -DskipTests install first" >&2; exit 1; }
[ -x "$image/bin/rotadesk-smoke" ] && kinds+=(installed)
declare -A times
for ((r = 1; r <= rounds; r++)); do
  for k in "${kinds[@]}"; do
    case "$k" in
      bare) t=$(measure "$java" "${headless[@]}" -cp "$jar:$work/classes" BareWindow) ;;
      plain) t=$(measure "$java" -jar "$jar" --smoke --data-dir "$work/office" --clock "$clock") ;;
      readme) t=$(measure "$java" -XX:TieredStopAtLevel=1 -XX:AOTCache="$cache" -jar "$jar" --smoke --data-dir "$work/office" --clock "$clock") ;;
      installed) t=$(measure "$image/bin/rotadesk-smoke" --data-dir "$work/office" --clock "$clock") ;;
    esac
    times[$k]+="$t "
    echo "round $r $k $t ms"
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
bare=$(echo "${times[bare]}" | median)
echo
printf '%-10s %-40s %8s %7s\n' how "times (ms)" median "× bare"
for k in "${kinds[@]}"; do
  m=$(echo "${times[$k]}" | median)
  printf '%-10s %-40s %8s %7s\n' "$k" "${times[$k]}" "$m" "$(awk -v a="$m" -v b="$bare" 'BEGIN {printf "%.2f", a / b}')"
done
