#!/bin/bash
# Refreshes translations/*.ts from the sources in seconds: the lupdate project
# CMake writes (build/app/.lupdate/atelier_project.json, after a configure),
# without the system and LibTorch include folders. tr() needs none of them,
# and lupdate following torch's headers takes the better part of an hour
# (`cmake --build build --target update_translations` does that).
# Usage: translations/update.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
project="$build/app/.lupdate/atelier_project.json"
[ -f "${project%.json}.cmake" ] || { echo "no ${project%.json}.cmake: configure the build first" >&2; exit 2; }
# The source list as the last configure saw it (new files included).
cmake -DIN_FILE="$PWD/${project%.json}.cmake" -DOUT_FILE="$PWD/$project" \
      -P /usr/lib/x86_64-linux-gnu/cmake/Qt6LinguistTools/GenerateLUpdateProject.cmake
filtered=$(mktemp --suffix=.json)
trap 'rm -f "$filtered"' EXIT
python3 - "$project" "$filtered" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["includePaths"] = [p for p in d["includePaths"]
                     if p != "/usr/include" and "torch" not in p and "/c10" not in p]
d["translations"] = []
json.dump(d, open(sys.argv[2], "w"))
PY
lupdate=/usr/lib/qt6/bin/lupdate
"$lupdate" -project "$filtered" -no-obsolete -ts translations/atelier_de.ts
"$lupdate" -project "$filtered" -pluralonly -no-obsolete -ts translations/atelier_en.ts
