#!/usr/bin/env bash
# Trains the desk's ahead-of-time cache (JDK 25, JEP 514) on a scripted morning: a demo office is made in a
# scratch folder, then the desk opens it headless, renders the board and plays the morning (--train) while the
# JVM records what it loads; at exit the JVM writes the cache.
# Args: the java launcher, the app jar (as the desk will be started with it), the cache to write.
set -euo pipefail
java="$1"; jar="$2"; cache="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
clock=2026-11-23T10:42
# the demo office written into the folder: --smoke would work on a copy and leave it empty, and the training would then
# record a new database being built (the migrations) instead of a day being replayed, which is what a start does
# the fonts' copy goes to the scratch folder, not the builder's cache folder (the first run writes it, the training reads
# it as every later start does)
fonts=(-Drotadesk.cache.dir="$work/cache")
"$java" "${fonts[@]}" -jar "$jar" --screenshot "$work/demo.png" --demo --lang zh --data-dir "$work/office" --clock "$clock" \
  > "$work/demo.log" 2>&1 || { cat "$work/demo.log" >&2; echo "could not make the training office" >&2; exit 1; }
[ -f "$work/office/rotadesk.mv.db" ] || { cat "$work/demo.log" >&2; echo "no training office in $work/office" >&2; exit 1; }
rm -f "$cache"
# with the options app/run.sh starts the desk with
"$java" -XX:TieredStopAtLevel=1 -XX:AOTCacheOutput="$cache" "${fonts[@]}" -jar "$jar" --train --lang zh --data-dir "$work/office" --clock "$clock" \
  > "$work/train.log" 2>&1 || { cat "$work/train.log" >&2; echo "the training run failed" >&2; exit 1; }
[ -s "$cache" ] || { cat "$work/train.log" >&2; echo "no cache written to $cache" >&2; exit 1; }
echo "ahead-of-time cache: $cache ($(du -h "$cache" | cut -f1))"
