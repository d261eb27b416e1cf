#!/usr/bin/env bash
# Whole-process benchmarks of lambdalint: builds the CLI, runs each case several times and prints a
# Markdown table (median, min, max wall time, ratios against a baseline measured in the same run —
# the cases of a table run round-robin and a ratio is the median of per-round ratios —, peak RSS
# from /usr/bin/time). Results and what each optimisation gained: bench/RESULTS.md.
#
#   bench/run.sh                     every case, 5 rounds (about 15 minutes on 2 cores, plus scale's)
#   bench/run.sh --runs 9 --cases startup,corpus
#   bench/run.sh --skip-build        use cli/target/lambdalint.jar as it is
#   bench/run.sh --cases scale --skip-build --runs 1
#
# Cases: startup (pre-commit: one template + one handler), corpus (lint ÷ parse-only, one core vs
# all), patterns (../shared/corpus/serverless-patterns, the peer's folder), scaling (1×, 4×, 16×
# the corpus replicated into a temporary folder: time per file), scale (issue 23: 1×, 16×, 64×
# copies, about 58,000 files and 800 MB of temporary disk at 64×, with -Xmx1g: ms per file against
# 1×, peak RSS, GC time and the heap after the last full GC from a -Xlog:gc log; 64× runs at most 2
# rounds; each run is limited to LAMBDALINT_BENCH_SCALE_TIMEOUT seconds, 900 by default, and a run
# that fails or times out is a row saying so), options (JVM flags the launcher chose, each against
# the alternative), hostile (issue 18's growth items at two sizes each: a long handler method, many
# suppression comments, an exponential-looking exclude glob, many functions whose CodeUri is /usr —
# inputs generated into a temporary folder).
# Needs: bash, java, mvn, /usr/bin/time (GNU), timeout and taskset (coreutils, util-linux); a JDK 25+
# (LAMBDALINT_BENCH_JDK25, or found under /usr/lib/jvm) adds rows for its AOT cache.
# shellcheck disable=SC2034 # the cases' command arrays are read through a nameref (local -n cmd)
set -euo pipefail

repo="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${LAMBDALINT_SHARED:-$repo/../shared}"
corpus="$shared/corpus"
runs=5
cases="startup,corpus,patterns,scaling,scale,options,hostile"
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --cases) cases="$2"; shift 2 ;;
    --skip-build) build=0; shift ;;
    -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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

# measure CASE...: each CASE names an array holding one command. After one unmeasured
# warm-up run of each (fills the page cache, catches failures), the cases run round-robin $runs
# times, so that a machine slowing down or speeding up mid-run affects every case alike and the
# ratios between them stay fair. Exit codes 0 and 1 are accepted. Sets, per case, MEDIAN[case],
# MIN[case], MAX[case] (seconds) and RSS[case] (peak MB over its runs).
declare -A MEDIAN MIN MAX RSS TIMES
measure() {
  local case i start end kb status
  declare -A times=() peak=()
  for case in "$@"; do
    local -n cmd="$case"
    "${cmd[@]}" >/dev/null 2>&1 || [ $? -eq 1 ] || { echo "bench: $case failed: ${cmd[*]}" >&2; "${cmd[@]}" >&2 || true; exit 1; }
    peak[$case]=0
    unset -n cmd
  done
  for ((i = 0; i < runs; i++)); do
    for case in "$@"; do
      local -n cmd="$case"
      start=$(date +%s%N)
      status=0
      /usr/bin/time -f "%M" -o "$work/rss" "${cmd[@]}" >/dev/null 2>"$work/err" || status=$?
      end=$(date +%s%N)
      if [ "$status" -gt 1 ]; then echo "bench: $case exited $status" >&2; cat "$work/err" >&2; exit 1; fi
      times[$case]+="$(( (end - start) / 1000000 )) "
      kb=$(tail -1 "$work/rss")
      [ "$kb" -gt "${peak[$case]}" ] && peak[$case]=$kb
      unset -n cmd
    done
  done
  for case in "$@"; do
    read -r MIN[$case] MEDIAN[$case] MAX[$case] < <(printf '%s\n' ${times[$case]} | sort -n | awk '
      { v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
        printf "%.3f %.3f %.3f\n", v[1] / 1000, m / 1000, v[NR] / 1000 }')
    RSS[$case]=$(( peak[$case] / 1024 ))
    TIMES[$case]="${times[$case]}"
  done
}

# ratio A B: the median over rounds of A's time ÷ B's time in the same round (A and B measured
# together), which a drifting machine disturbs less than the ratio of the two medians.
ratio() {
  paste -d' ' <(printf '%s\n' ${TIMES[$1]}) <(printf '%s\n' ${TIMES[$2]}) | awk '{ print $1 / $2 }' | sort -g | awk '
    { v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

row() { # label, case, ratio text
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "${MEDIAN[$2]}" "${MIN[$2]}" "${MAX[$2]}" "$3" "${RSS[$2]}"
}
header() {
  printf '\n### %s\n\n| case | median s | min s | max s | ratio | peak RSS MB |\n| --- | ---: | ---: | ---: | --- | ---: |\n' "$1"
}

# The parse-only baseline: the launcher's JVM and options, another entry point of the same jar.
parse_only=LAMBDALINT_MAIN_CLASS=dev.lambdalint.cli.bench.ParseOnly
files_under() { find "$@" \( -name '*.java' -o -name '*.yaml' -o -name '*.yml' -o -name '*.json' -o -name '*.template' \) -type f | wc -l; }
sample="$repo/test-fixtures/projects/order-service"
handler="$sample/order-handler/src/main/java/com/example/orders/CreateOrderHandler.java"

# A JDK 25 or newer for the rows that show its AOT cache (the launcher uses one on such a JVM):
# LAMBDALINT_BENCH_JDK25=/path/to/jdk, or the first found under /usr/lib/jvm; none, no such rows.
jdk25="${LAMBDALINT_BENCH_JDK25:-}"
if [ -z "$jdk25" ]; then
  for release in /usr/lib/jvm/*/release; do
    [ -f "$release" ] || continue
    major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")"
    if [ -n "$major" ] && [ "$major" -ge 25 ] && [ -x "${release%/release}/bin/java" ]; then jdk25="${release%/release}"; break; fi
  done
fi

echo "# lambdalint benchmarks, $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "$(nproc) cores, $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1), $runs rounds after a warm-up run; within a table the cases run round-robin. Launcher options: \`$(LAMBDALINT_PRINT_JAVA_OPTS=1 "$launcher")\`"
if [ -n "$jdk25" ]; then
  echo
  echo "Rows marked *JDK 25* run the same launcher with \`JAVA_HOME=$jdk25\` ($("$jdk25/bin/java" -version 2>&1 | head -1)): its options are the same but for the AOT cache in place of the CDS archive: \`$(JAVA_HOME="$jdk25" LAMBDALINT_PRINT_JAVA_OPTS=1 "$launcher")\`"
fi

if [[ ",$cases," == *,startup,* ]]; then
  header "pre-commit: one template and one handler, whole process (target ≤ 0.4 s median)"
  jvm=(java -Xshare:auto -version)
  version=("$launcher" --version)
  precommit=("$launcher" check "$sample/template.yaml" "$handler")
  precommit_sarif=("$launcher" check --format sarif "$sample/template.yaml" "$handler")
  startup_cases=(jvm version precommit precommit_sarif)
  if [ -n "$jdk25" ]; then
    precommit25=(env JAVA_HOME="$jdk25" "$launcher" check "$sample/template.yaml" "$handler")
    precommit25_sarif=(env JAVA_HOME="$jdk25" "$launcher" check --format sarif "$sample/template.yaml" "$handler")
    startup_cases+=(precommit25 precommit25_sarif)
  fi
  measure "${startup_cases[@]}"
  row '`java -version` (JVM floor)' jvm "1.00"
  row '`lambdalint --version`' version "$(ratio version jvm) × floor"
  row '`lambdalint check template.yaml CreateOrderHandler.java`' precommit "$(ratio precommit jvm) × floor"
  row '… `--format sarif`' precommit_sarif "$(ratio precommit_sarif jvm) × floor"
  if [ -n "$jdk25" ]; then
    row '*JDK 25* `lambdalint check template.yaml CreateOrderHandler.java`' precommit25 "$(ratio precommit25 jvm) × floor; $(ratio precommit precommit25)× faster than above"
    row '*JDK 25* … `--format sarif`' precommit25_sarif "$(ratio precommit25_sarif jvm) × floor"
  fi
fi

if [[ ",$cases," == *,corpus,* ]]; then
  n=$(files_under "$corpus")
  header "whole corpus ($n files): lint ÷ parse-only (target ≤ 1.5), two cores ÷ one (target ≥ 1.7), RSS ≤ 300 MB"
  parse=(env "$parse_only" "$launcher" "$corpus")
  lint=("$launcher" check "$corpus")
  lint_sarif=("$launcher" check --format sarif "$corpus")
  parse1=(taskset -c 0 env "$parse_only" "$launcher" "$corpus")
  lint1=(taskset -c 0 "$launcher" check "$corpus")
  corpus_cases=(parse lint lint_sarif parse1 lint1)
  if [ -n "$jdk25" ]; then
    parse25=(env JAVA_HOME="$jdk25" "$parse_only" "$launcher" "$corpus")
    lint25=(env JAVA_HOME="$jdk25" "$launcher" check "$corpus")
    lint25_sarif=(env JAVA_HOME="$jdk25" "$launcher" check --format sarif "$corpus")
    corpus_cases+=(parse25 lint25 lint25_sarif)
  fi
  measure "${corpus_cases[@]}"
  row "parse only (same discovery, readers and parsers; no rule)" parse "1.00"
  row "lint, text" lint "$(ratio lint parse) × parse"
  row "lint, SARIF" lint_sarif "$(ratio lint_sarif parse) × parse"
  row "parse only, one core (taskset -c 0)" parse1 "two cores $(ratio parse1 parse)× faster"
  row "lint, one core (taskset -c 0)" lint1 "two cores $(ratio lint1 lint)× faster; $(ratio lint1 parse1) × parse"
  if [ -n "$jdk25" ]; then
    row "*JDK 25* parse only" parse25 "1.00 (JDK 25)"
    row "*JDK 25* lint, text" lint25 "$(ratio lint25 parse25) × parse (JDK 25)"
    row "*JDK 25* lint, SARIF" lint25_sarif "$(ratio lint25_sarif parse25) × parse (JDK 25)"
  fi
fi

if [[ ",$cases," == *,patterns,* ]]; then
  n=$(files_under "$corpus/serverless-patterns")
  header "serverless-patterns ($n files; peer: cfn-lint + serverless-rules 72.9 s; target ≤ 7 s)"
  patterns=("$launcher" check "$corpus/serverless-patterns")
  measure patterns
  row "lint serverless-patterns, text" patterns "$(awk -v t="${MEDIAN[patterns]}" 'BEGIN { printf "%.1f", 72.9 / t }')× faster than the peer's 72.9 s"
fi

if [[ ",$cases," == *,scaling,* ]]; then
  printf '\n### scaling: the corpus replicated (time per file should stay flat)\n\n'
  printf '| copies | files | median s | ms per file | peak RSS MB |\n| ---: | ---: | ---: | ---: | ---: |\n'
  saved_runs=$runs; runs=3
  for copies in 1 4 16; do
    dir="$work/x$copies"
    for ((c = 1; c <= copies; c++)); do mkdir -p "$dir/copy$c" && cp -r "$corpus/." "$dir/copy$c/"; done
    n=$(files_under "$dir")
    scaled=("$launcher" check "$dir")
    measure scaled
    printf '| %s | %s | %s | %s | %s |\n' "$copies" "$n" "${MEDIAN[scaled]}" \
      "$(awk -v t="${MEDIAN[scaled]}" -v n="$n" 'BEGIN { printf "%.2f", t * 1000 / n }')" "${RSS[scaled]}"
    rm -rf "$dir"
  done
  runs=$saved_runs
fi

if [[ ",$cases," == *,scale,* ]]; then
  # Issue 23: 1×, 16×, 64× copies of the corpus with the heap fixed at -Xmx1g. Unlike the other
  # tables a run may fail here (out of memory, or GC thrash that never ends): each run has a time
  # limit, and a failed run becomes a row that says how it failed instead of ending the bench.
  # LAMBDALINT_JAVA_OPTS comes after the launcher's defaults (and JAVA_OPTS) on the java command
  # line, so the -Xmx1g and the GC log added to it are what the JVM uses.
  limit="${LAMBDALINT_BENCH_SCALE_TIMEOUT:-900}"
  rounds64=$(( runs < 2 ? runs : 2 ))
  # shellcheck disable=SC2016 # backquotes are Markdown
  printf '\n### scale (issue 23): the corpus replicated, `-Xmx1g`; 1× and 16×: %s rounds, 64×: %s (done when: 64× passes, GC under 20 %% of wall, ÷ 1× ≤ 1.5)\n\n' "$runs" "$rounds64"
  # shellcheck disable=SC2016
  printf 'Each size runs its rounds back to back, alone. Wall and GC time: medians over the rounds (GC time: the pauses in the run'"'"'s `-Xlog:gc` log ÷ its wall); peak RSS and heap: the largest over the rounds (heap: the largest after any full GC too, when it is over 1.1× the last); ÷ 1×: ms per file ÷ that of the 1× row. A size stops at its first failed round (time limit %s s).\n\n' "$limit"
  printf '| copies | files | wall median s | ms per file | ÷ 1× | peak RSS MB | GC time %% of wall | heap after the last full GC MB | exit |\n'
  printf '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |\n'
  # gc_figures LOG WALL_MS: "GC-%-of-wall heap-after-last-full-MB heap-after-last-GC-MB
  # largest-heap-after-a-full-MB" from a -Xlog:gc log ("-" for none), whose pauses read "GC(12) Pause Full (Ergonomics) 900M->512M(1024M) 1234.567ms".
  gc_figures() {
    awk -v wall="$2" '
      function mb(s,  u) { u = substr(s, length(s)); s = substr(s, 1, length(s) - 1)
        return u == "G" ? s * 1024 : u == "K" ? s / 1024 : u == "B" ? s / 1048576 : s }
      / Pause / && $NF ~ /^[0-9.]+ms$/ {
        pause += substr($NF, 1, length($NF) - 2)
        if (match($0, /->[0-9.]+[BKMG]\(/)) {
          after = mb(substr($0, RSTART + 2, RLENGTH - 3)); any = after
          if ($0 ~ / Pause Full /) { full = after; if (after > most) most = after }
        }
      }
      END { printf "%.1f %s %s %s\n", pause * 100 / wall, full == "" ? "-" : sprintf("%.0f", full),
        any == "" ? "-" : sprintf("%.0f", any), full == "" ? "-" : sprintf("%.0f", most) }' "$1"
  }
  median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR) printf "%s", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
  base_ms_per_file=""
  for copies in 1 16 64; do
    dir="$work/scale$copies"
    for ((c = 1; c <= copies; c++)); do mkdir -p "$dir/copy$c" && cp -r "$corpus/." "$dir/copy$c/"; done
    n=$(files_under "$dir")
    rounds=$runs
    if [ "$copies" = 64 ]; then rounds=$rounds64; fi
    # 1× only: one unmeasured run first (the jar into the page cache); the copies were just written.
    if [ "$copies" = 1 ]; then
      LAMBDALINT_JAVA_OPTS="${LAMBDALINT_JAVA_OPTS:-} -Xmx1g" "$launcher" check "$dir" >/dev/null 2>&1 || true
    fi
    walls="" gcs="" full="" most="" any="" outcome="" failed=0 peak_kb=0 done_rounds=0
    for ((i = 0; i < rounds; i++)); do
      log="$work/gc-$copies-$i.log"
      start=$(date +%s%N)
      status=0
      LAMBDALINT_JAVA_OPTS="${LAMBDALINT_JAVA_OPTS:-} -Xmx1g -Xlog:gc:file=$log" \
        /usr/bin/time -f "%M" -o "$work/rss" timeout -k 30 "$limit" "$launcher" check "$dir" >/dev/null 2>"$work/err" || status=$?
      end=$(date +%s%N)
      wall=$(( (end - start) / 1000000 ))
      done_rounds=$((i + 1))
      walls+="$wall "
      kb=$(tail -1 "$work/rss")
      if [[ "$kb" =~ ^[0-9]+$ ]] && [ "$kb" -gt "$peak_kb" ]; then peak_kb=$kb; fi
      if [ -s "$log" ]; then
        read -r gc_pct full_mb any_mb most_mb < <(gc_figures "$log" "$wall")
        gcs+="$gc_pct "
        if [ "$full_mb" != - ]; then full+="$full_mb "; most+="$most_mb "; fi
        if [ "$any_mb" != - ]; then any+="$any_mb "; fi
      fi
      case "$status" in
        0|1) if grep -q 'OutOfMemoryError' "$work/err"; then result="exit $status, but OutOfMemoryError on stderr"; failed=1
             else result="$status"; fi ;;
        124|137) result="timed out after $limit s"; failed=1 ;;
        *) if grep -q -i 'out of memory\|OutOfMemoryError' "$work/err"; then result="OutOfMemoryError, exit $status"
           else result="exit $status: $(grep -m1 . "$work/err" | cut -c1-80)"; fi
           failed=1 ;;
      esac
      echo "bench: scale ${copies}× ($n files) round $((i + 1)) of $rounds: $result, $(awk -v w="$wall" 'BEGIN { printf "%.1f", w / 1000 }') s" >&2
      if [[ "; $outcome; " != *"; $result; "* ]]; then outcome="${outcome:+$outcome; }$result"; fi
      # A failed size is not run again: another round would fail the same way, up to the limit each.
      if [ "$failed" = 1 ]; then break; fi
    done
    if [ "$done_rounds" -lt "$rounds" ]; then outcome+=" (round $done_rounds of $rounds; the rest not run)"; fi
    # shellcheck disable=SC2086 # lists of numbers
    wall_s=$(awk -v m="$(median $walls)" 'BEGIN { printf "%.1f", m / 1000 }')
    per_file="—" vs_base="—"
    if [ "$failed" = 0 ]; then
      # shellcheck disable=SC2086
      per_file=$(awk -v m="$(median $walls)" -v n="$n" 'BEGIN { printf "%.2f", m / n }')
      if [ "$copies" = 1 ]; then base_ms_per_file="$per_file"; fi
      if [ -n "$base_ms_per_file" ]; then vs_base=$(awk -v a="$per_file" -v b="$base_ms_per_file" 'BEGIN { printf "%.2f", a / b }'); fi
    fi
    gc_col="—"
    # shellcheck disable=SC2086
    if [ -n "$gcs" ]; then gc_col="$(awk -v m="$(median $gcs)" 'BEGIN { printf "%.1f", m }')"; fi
    # shellcheck disable=SC2086
    if [ -n "$full" ]; then
      heap_col="$(printf '%s\n' $full | sort -n | tail -1)"
      # After an OutOfMemoryError the last full GC sees the trees already let go: say what was live.
      most_col="$(printf '%s\n' $most | sort -n | tail -1)"
      if [ "$most_col" -gt $(( heap_col * 11 / 10 )) ]; then heap_col+=" (largest after a full GC: $most_col)"; fi
    elif [ -n "$any" ]; then heap_col="no full GC; $(printf '%s\n' $any | sort -n | tail -1) after the last young GC"
    else heap_col="no GC"; fi
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$copies" "$n" "$wall_s" "$per_file" "$vs_base" \
      "$(( peak_kb / 1024 ))" "$gc_col" "$heap_col" "$outcome"
    rm -rf "$dir" "$work"/gc-"$copies"-*.log
  done
fi

if [[ ",$cases," == *,options,* ]]; then
  chosen="$(LAMBDALINT_PRINT_JAVA_OPTS=1 "$launcher")"
  printf '\n### JVM options: the launcher'"'"'s choice against each alternative\n\n'
  printf '| options | pre-commit median s | ÷ chosen | pre-commit RSS MB | corpus median s (min–max) | ÷ chosen | corpus RSS MB |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n'
  variants=(
    "chosen|$chosen"
    "no class-data archive|$(echo "$chosen" | sed -E 's/ *-XX:(SharedArchiveFile|AOTCache)=[^ ]*//; s/ *-Xlog:(cds|aot)[^ ]*//g')"
    "C2 too (no -XX:TieredStopAtLevel=1)|$(echo "$chosen" | sed 's/ *-XX:TieredStopAtLevel=1//; s/ *-XX:C1MaxInlineSize=15 -XX:C1InlineStackLimit=4//')"
    "C1's default inlining (no -XX:C1MaxInlineSize=15 -XX:C1InlineStackLimit=4)|$(echo "$chosen" | sed 's/ *-XX:C1MaxInlineSize=15 -XX:C1InlineStackLimit=4//')"
    "default young generation (no -Xmn48m)|$(echo "$chosen" | sed 's/ *-Xmn48m//')"
    "Serial GC, same young generation|$(echo "$chosen" | sed 's/-XX:+UseParallelGC/-XX:+UseSerialGC/')"
    "G1 (the JVM default)|$(echo "$chosen" | sed 's/-XX:+UseParallelGC -Xmn48m/-XX:+UseG1GC/')"
    "no warm-up thread|$chosen -Dlambdalint.warmUp=false"
    "JVM defaults|"
  )
  small_cases=(); large_cases=()
  for i in "${!variants[@]}"; do
    options="${variants[$i]#*|}"
    declare -a "small$i=(env LAMBDALINT_DEFAULT_JAVA_OPTS=\"\$options\" \"\$launcher\" check \"\$sample/template.yaml\" \"\$handler\")"
    declare -a "large$i=(env LAMBDALINT_DEFAULT_JAVA_OPTS=\"\$options\" \"\$launcher\" check \"\$corpus\")"
    small_cases+=("small$i"); large_cases+=("large$i")
  done
  measure "${small_cases[@]}"
  measure "${large_cases[@]}"
  for i in "${!variants[@]}"; do
    printf '| %s | %s | %s | %s | %s (%s–%s) | %s | %s |\n' "${variants[$i]%%|*}" "${MEDIAN[small$i]}" \
      "$(ratio "small$i" small0)" "${RSS[small$i]}" "${MEDIAN[large$i]}" "${MIN[large$i]}" "${MAX[large$i]}" \
      "$(ratio "large$i" large0)" "${RSS[large$i]}"
  done
fi

if [[ ",$cases," == *,hostile,* ]]; then
  printf '\n### hostile scale: issue 18 growth items, each at two sizes (the ratio should stay near the size ratio)\n\n'
  printf '| item | input | size | median s | min s | max s | time ÷ smaller | peak RSS MB |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n'
  saved_runs=$runs; runs=3
  # 12: one handler method of N statements, each a local and a call through it
  long_handler() {
    mkdir -p "$1/src/com/example"
    awk -v n="$2" 'BEGIN {
      print "package com.example;\nimport com.amazonaws.services.lambda.runtime.*;"
      print "public class Handler implements RequestHandler<String, String> {\n  private final Helper helper = new Helper();"
      print "  public String handleRequest(String in, Context c) {\n    String v0 = in;"
      for (i = 1; i < n; i++) printf "    String v%d = helper.work(v%d).trim();\n", i, i - 1
      printf "    return v%d;\n  }\n}\n", n - 1 }' > "$1/src/com/example/Handler.java"
    printf 'package com.example;\nclass Helper { String work(String s) { return System.getenv(s); } }\n' > "$1/src/com/example/Helper.java"
  }
  # 12, the same in LL102's invocation finder: N SDK invokes in one method, each request in a local
  many_invokes() {
    mkdir -p "$1/src/com/example"
    awk -v n="$2" 'BEGIN {
      print "package com.example;\nimport com.amazonaws.services.lambda.runtime.*;"
      print "import software.amazon.awssdk.services.lambda.LambdaClient;\nimport software.amazon.awssdk.services.lambda.model.InvokeRequest;"
      print "public class Handler implements RequestHandler<String, String> {\n  private static final LambdaClient lambda = LambdaClient.create();"
      print "  public String handleRequest(String in, Context c) {"
      for (i = 0; i < n; i++) printf "    InvokeRequest r%d = InvokeRequest.builder().functionName(\"f%d\").build();\n    lambda.invoke(r%d);\n", i, i, i
      print "    return in;\n  }\n}" }' > "$1/src/com/example/Handler.java"
  }
  # 15: N stand-alone suppression comments in a Java file and in a template
  suppressions() {
    mkdir -p "$1"
    awk -v n="$2" 'BEGIN { print "package q;\npublic class Quiet {"; for (i = 0; i < n; i++) print "  // lambdalint:ignore LL101 reason"
      print "  void m() {}\n}" }' > "$1/Quiet.java"
    awk -v n="$2" 'BEGIN { print "AWSTemplateFormatVersion: \"2010-09-09\"\nTransform: AWS::Serverless-2016-10-31\nResources:"
      for (i = 0; i < n; i++) print "  # lambdalint:ignore LL301 reason"
      print "  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: java17\n      Handler: q.Quiet::m\n      CodeUri: ." }' > "$1/template.yaml"
  }
  # 16: a template N folders deep, and an exclude glob a backtracking matcher takes exponential time on
  deep_glob() {
    local deep="$1"
    for ((d = 0; d < $2; d++)); do deep="$deep/aaaa"; done
    mkdir -p "$deep"
    printf 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n' > "$deep/$(printf 'a%.0s' $(seq 30)).yaml"
    printf 'exclude:\n  - "**/**/**/**/**/**/**/**/**/*a*a*a*a*a*a*b"\n' > "$1/.lambdalint.yml"
  }
  # 13: N functions whose CodeUri is /usr (outside the repository: not walked at all)
  usr_functions() {
    mkdir -p "$1"
    awk -v n="$2" 'BEGIN { print "AWSTemplateFormatVersion: \"2010-09-09\"\nTransform: AWS::Serverless-2016-10-31\nResources:"
      for (i = 0; i < n; i++) printf "  Fn%d:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: java21\n      Handler: a.B::c\n      CodeUri: /usr\n", i }' > "$1/template.yaml"
  }
  hostile_row() { # item, generator, label, small, large
    local small="$work/$2-$4" large="$work/$2-$5"
    "$2" "$small" "$4"; "$2" "$large" "$5"
    hsmall=("$launcher" check "$small"); hlarge=("$launcher" check "$large")
    measure hsmall hlarge
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$3" "$4" "${MEDIAN[hsmall]}" "${MIN[hsmall]}" "${MAX[hsmall]}" "1.00" "${RSS[hsmall]}"
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$3" "$5" "${MEDIAN[hlarge]}" "${MIN[hlarge]}" "${MAX[hlarge]}" "$(ratio hlarge hsmall)" "${RSS[hlarge]}"
    rm -rf "$small" "$large"
  }
  hostile_row 12 long_handler "statements in one handler method" 2000 8000
  hostile_row 12 many_invokes "SDK invokes in one handler method (LL102)" 1000 4000
  hostile_row 15 suppressions "stand-alone lambdalint:ignore lines (Java + YAML)" 20000 80000
  hostile_row 16 deep_glob "folders deep, exclude **/…/*a*a*a*a*a*a*b" 20 80
  hostile_row 13 usr_functions "functions with CodeUri: /usr" 1 20
  runs=$saved_runs
fi
