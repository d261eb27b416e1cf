#!/usr/bin/env bash
# Whole-process benchmarks of lambdalint: builds the CLI, runs each case several times and prints a
# Markdown table (median, min, max wall time, ratios against a baseline measured in the same run,
# peak RSS from /usr/bin/time). Results and what each optimisation gained: bench/RESULTS.md.
#
#   bench/run.sh                     every case, 5 runs each (about 6 minutes on 2 cores)
#   bench/run.sh --runs 9 --cases startup,corpus
#   bench/run.sh --skip-build        use cli/target/lambdalint.jar as it is
#
# Cases: startup (pre-commit: one template + one handler), corpus (lint ÷ parse-only, one core vs
# all), patterns (../shared/corpus/serverless-patterns, the peer's folder), scaling (1×, 4×, 16×
# the corpus replicated into a temporary folder: time per file), options (JVM flags the launcher
# chose, each against the alternative).
# Needs: bash, java, mvn, /usr/bin/time (GNU), taskset (util-linux) for the one-core runs.
set -euo pipefail

repo="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${LAMBDALINT_SHARED:-$repo/../shared}"
corpus="$shared/corpus"
runs=5
cases="startup,corpus,patterns,scaling,options"
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --cases) cases="$2"; shift 2 ;;
    --skip-build) build=0; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -d "$corpus" ] || { echo "bench: no corpus at $corpus (set LAMBDALINT_SHARED)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: GNU time (/usr/bin/time) is needed for peak RSS" >&2; exit 2; }

jar="$repo/cli/target/lambdalint.jar"
launcher="$repo/lambdalint"
if [ "$build" = 1 ]; then
  echo "building (mvn package)..." >&2
  (cd "$repo" && mvn -B -q -DskipTests package -pl cli -am) >&2
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/lambdalint-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# measure NAME CMD...: runs CMD $runs times (after one unmeasured warm-up run that fills the page
# cache), exit codes 0 and 1 accepted. Sets MEDIAN, MIN, MAX (seconds) and RSS (peak MB, max).
measure() {
  local name="$1"; shift
  "$@" >/dev/null 2>&1 || [ $? -eq 1 ] || { echo "bench: $name failed: $*" >&2; "$@" >&2 || true; exit 1; }
  local times=() rss=0 i start end kb status
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    status=0
    /usr/bin/time -f "%M" -o "$work/rss" "$@" >/dev/null 2>"$work/err" || status=$?
    end=$(date +%s%N)
    if [ "$status" -gt 1 ]; then echo "bench: $name exited $status" >&2; cat "$work/err" >&2; exit 1; fi
    times+=("$(( (end - start) / 1000000 ))")
    kb=$(tail -1 "$work/rss")
    [ "$kb" -gt "$rss" ] && rss=$kb
  done
  read -r MIN MEDIAN MAX < <(printf '%s\n' "${times[@]}" | sort -n | awk '
    { v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
      printf "%.3f %.3f %.3f\n", v[1] / 1000, m / 1000, v[NR] / 1000 }')
  RSS=$(( rss / 1024 ))
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
row() { # name, ratio text
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$MEDIAN" "$MIN" "$MAX" "$2" "$RSS"
}
header() {
  printf '\n### %s\n\n| case | median s | min s | max s | ratio | peak RSS MB |\n| --- | ---: | ---: | ---: | --- | ---: |\n' "$1"
}

# The parse-only baseline: the launcher's JVM and options, another entry point of the same jar.
parse_only=LAMBDALINT_MAIN_CLASS=dev.lambdalint.cli.bench.ParseOnly
files_under() { find "$@" \( -name '*.java' -o -name '*.yaml' -o -name '*.yml' -o -name '*.json' -o -name '*.template' \) -type f | wc -l; }

echo "# lambdalint benchmarks, $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "$(nproc) cores, $(java -version 2>&1 | head -1), $runs runs per case after a warm-up; launcher options: \`$(LAMBDALINT_PRINT_JAVA_OPTS=1 "$launcher")\`"

if [[ ",$cases," == *,startup,* ]]; then
  sample="$repo/test-fixtures/projects/order-service"
  header "pre-commit: one template and one handler, whole process (target ≤ 0.4 s median)"
  measure "java -version" java -Xshare:auto -version; base=$MEDIAN
  row '`java -version` (JVM floor)' "1.00"
  measure "--version" "$launcher" --version
  row '`lambdalint --version`' "$(ratio "$MEDIAN" "$base") × floor"
  measure "pre-commit" "$launcher" check "$sample/template.yaml" \
    "$sample/order-handler/src/main/java/com/example/orders/CreateOrderHandler.java"
  row '`lambdalint check template.yaml CreateOrderHandler.java`' "$(ratio "$MEDIAN" "$base") × floor"
  measure "pre-commit sarif" "$launcher" check --format sarif "$sample/template.yaml" \
    "$sample/order-handler/src/main/java/com/example/orders/CreateOrderHandler.java"
  row '… `--format sarif`' "$(ratio "$MEDIAN" "$base") × floor"
fi

if [[ ",$cases," == *,corpus,* ]]; then
  n=$(files_under "$corpus")
  header "whole corpus ($n files): lint ÷ parse-only (target ≤ 1.5), two cores ÷ one (target ≥ 1.7), RSS ≤ 300 MB"
  measure "parse-only" env "$parse_only" "$launcher" "$corpus"; parse=$MEDIAN
  row "parse only (same discovery, readers and parsers; no rule)" "1.00"
  measure "lint" "$launcher" check "$corpus"; lint=$MEDIAN
  row "lint, text" "$(ratio "$lint" "$parse") × parse"
  measure "lint sarif" "$launcher" check --format sarif "$corpus"
  row "lint, SARIF" "$(ratio "$MEDIAN" "$parse") × parse"
  measure "parse-only one core" taskset -c 0 env "$parse_only" "$launcher" "$corpus"; parse1=$MEDIAN
  row "parse only, one core (taskset -c 0)" "$(ratio "$parse1" "$parse") × parse; two cores $(ratio "$parse1" "$parse")× faster"
  measure "lint one core" taskset -c 0 "$launcher" check "$corpus"
  row "lint, one core (taskset -c 0)" "two cores $(ratio "$MEDIAN" "$lint")× faster"
fi

if [[ ",$cases," == *,patterns,* ]]; then
  n=$(files_under "$corpus/serverless-patterns")
  header "serverless-patterns ($n files; peer: cfn-lint + serverless-rules 72.9 s; target ≤ 7 s)"
  measure "patterns" "$launcher" check "$corpus/serverless-patterns"
  row "lint serverless-patterns, text" "$(ratio 72.9 "$MEDIAN")× faster than the peer's 72.9 s"
fi

if [[ ",$cases," == *,scaling,* ]]; then
  printf '\n### scaling: the corpus replicated (time per file should stay flat)\n\n'
  printf '| copies | files | median s | ms per file | peak RSS MB |\n| ---: | ---: | ---: | ---: | ---: |\n'
  saved_runs=$runs; runs=3
  for copies in 1 4 16; do
    dir="$work/x$copies"
    for ((c = 1; c <= copies; c++)); do mkdir -p "$dir/copy$c" && cp -r "$corpus/." "$dir/copy$c/"; done
    n=$(files_under "$dir")
    measure "scaling $copies" "$launcher" check "$dir"
    printf '| %s | %s | %s | %s | %s |\n' "$copies" "$n" "$MEDIAN" "$(awk -v t="$MEDIAN" -v n="$n" 'BEGIN { printf "%.2f", t * 1000 / n }')" "$RSS"
    rm -rf "$dir"
  done
  runs=$saved_runs
fi

if [[ ",$cases," == *,options,* ]]; then
  sample="$repo/test-fixtures/projects/order-service"
  handler="$sample/order-handler/src/main/java/com/example/orders/CreateOrderHandler.java"
  chosen="$(LAMBDALINT_PRINT_JAVA_OPTS=1 "$launcher")"
  printf '\n### JVM options: the launcher'"'"'s choice against each alternative\n\n'
  printf '| options | pre-commit median s | pre-commit RSS MB | corpus median s (min–max) | corpus RSS MB |\n| --- | ---: | ---: | ---: | ---: |\n'
  variants=(
    "chosen|$chosen"
    "no class-data archive|$(echo "$chosen" | sed 's/ *-XX:SharedArchiveFile=[^ ]*//; s/ *-Xlog:cds[^ ]*//g')"
    "C2 too (no -XX:TieredStopAtLevel=1)|$(echo "$chosen" | sed 's/ *-XX:TieredStopAtLevel=1//')"
    "default young generation (no -Xmn48m)|$(echo "$chosen" | sed 's/ *-Xmn48m//')"
    "G1 (the JVM default)|$(echo "$chosen" | sed 's/-XX:+UseSerialGC -Xmn48m/-XX:+UseG1GC/')"
    "no warm-up thread|$chosen -Dlambdalint.warmUp=false"
    "JVM defaults|"
  )
  for entry in "${variants[@]}"; do
    label="${entry%%|*}"; options="${entry#*|}"
    measure "options pre-commit: $label" env LAMBDALINT_DEFAULT_JAVA_OPTS="$options" "$launcher" check "$sample/template.yaml" "$handler"
    small=$MEDIAN; small_rss=$RSS
    measure "options corpus: $label" env LAMBDALINT_DEFAULT_JAVA_OPTS="$options" "$launcher" check "$corpus"
    printf '| %s | %s | %s | %s (%s–%s) | %s |\n' "$label" "$small" "$small_rss" "$MEDIAN" "$MIN" "$MAX" "$RSS"
  done
fi
