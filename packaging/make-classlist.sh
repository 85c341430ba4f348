#!/usr/bin/env bash
# Writes packaging/classlist: the JDK's and JavaFX's classes a start of the packaged app loads (window, first-run
# import, a speech with its words shown), which the installer profile dumps into the runtime's class-data-sharing
# archive. Yandu's own classes and its libraries' stay out: on Java 17 an archive of class-path classes holds only
# for the absolute path it was made at, and the app moves. The list is committed; a stale one costs only speed
# (classes missing from it load as usual), so run this again after large changes to what a start loads.
# Needs the app image (mvn -Pinstaller package), xvfb-run and xdotool.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=target/installer/Yandu/bin/Yandu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList='"$work"'/loaded -Dyandu.startupMarks=$(date +%s%3N)" \
    '"$launcher"' --library '"$work"'/library.db > '"$work"'/out.txt 2>&1 &
  for i in $(seq 180); do sleep 1; grep -q words-shown '"$work"'/out.txt && break; done
  sleep 3
  window=$(xdotool search --onlyvisible --name "Yandu|研读" | head -1)
  xdotool windowfocus --sync "$window"
  xdotool key ctrl+q
  wait'
grep -q words-shown "$work/out.txt" || { echo "The app never showed a speech:"; cat "$work/out.txt"; exit 1; }

{
  echo "# The JDK's and JavaFX's classes a start of Yandu loads, for the runtime's class-data-sharing archive."
  echo "# Written by packaging/make-classlist.sh from -XX:DumpLoadedClassList; do not edit by hand."
  grep -E '^(java|javax|jdk|sun|com/sun|javafx)/' "$work/loaded" | grep -v '\$\$Lambda'
  grep -E '^@lambda-form-invoker' "$work/loaded"
} > packaging/classlist
echo "packaging/classlist: $(grep -vc '^#' packaging/classlist) classes"
