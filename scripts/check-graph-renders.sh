#!/usr/bin/env bash
# Renders what `lambdalint graph` writes for the sample projects with the real tools, and fails on
# any parse error: Mermaid with @mermaid-js/mermaid-cli (mmdc, headless Chromium), DOT with
# Graphviz (dot -Tsvg). A tool that is not installed is skipped with a message, unless
# REQUIRE_GRAPH_TOOLS=1 (CI, once .ci/run has installed them).
#
#   MMDC        the mmdc to run (default: mmdc on PATH, else node_modules/.bin/mmdc under MERMAID_CLI_DIR)
#   CHROMIUM    the browser mmdc drives (default: /usr/bin/chromium)
#   OUT         where the drawings go (default: a temporary folder, removed at the end)
set -euo pipefail
cd "$(dirname "$0")/.."

require="${REQUIRE_GRAPH_TOOLS:-0}"
chromium="${CHROMIUM:-/usr/bin/chromium}"
mmdc="${MMDC:-}"
if [ -z "$mmdc" ]; then
  if command -v mmdc >/dev/null; then mmdc="$(command -v mmdc)";
  elif [ -x "${MERMAID_CLI_DIR:-/nonexistent}/node_modules/.bin/mmdc" ]; then mmdc="$MERMAID_CLI_DIR/node_modules/.bin/mmdc"; fi
fi
out="${OUT:-}"
if [ -z "$out" ]; then
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out"

missing() {
  if [ "$require" = 1 ]; then echo "check-graph-renders: $1 is not installed" >&2; exit 1; fi
  echo "check-graph-renders: $1 is not installed; skipped"
}

# The drawings: the README's sample, the fixture project with every kind of failure path, and the
# LL102 fixtures with a chain and a cycle; one drawing for all, and one per template.
projects=(test-fixtures/projects/order-service test-fixtures/projects/event-pipeline test-fixtures/src/main/resources/LL102)
n=0
for project in "${projects[@]}"; do
  n=$((n + 1))
  ./lambdalint graph --format mermaid "$project" > "$out/g$n.mmd"
  ./lambdalint graph --format mermaid --scope template "$project" > "$out/g$n-templates.md"
  ./lambdalint graph --format dot "$project" > "$out/g$n.dot"
  ./lambdalint graph --format dot --scope template "$project" > "$out/g$n-templates.dot"
done

failed=0
if command -v dot >/dev/null; then
  start=$(date +%s%N)
  for f in "$out"/*.dot; do
    # dot exits 1 on a syntax error; a warning on stderr counts as a failure too. -O writes one
    # SVG per digraph (a per-template file holds several) beside the input.
    if ! dot -Tsvg -O "$f" 2> "$f.err" || [ -s "$f.err" ]; then
      echo "check-graph-renders: Graphviz cannot render $f:" >&2; cat "$f.err" >&2; failed=1
    fi
  done
  echo "check-graph-renders: Graphviz rendered $(ls "$out"/*.dot | wc -l) DOT files in $(( ($(date +%s%N) - start) / 1000000 )) ms"
else
  missing "Graphviz (dot)"
fi

if [ -n "$mmdc" ] && [ -x "$chromium" ]; then
  # Chromium as root needs --no-sandbox; the rest keeps it off the network this machine does not have.
  cat > "$out/puppeteer.json" <<JSON
{"executablePath": "$chromium",
 "args": ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync"]}
JSON
  start=$(date +%s%N)
  for f in "$out"/*.mmd "$out"/*-templates.md; do
    # mmdc exits non-zero on a parse error; a Markdown input has each ```mermaid block rendered
    if ! "$mmdc" --quiet -p "$out/puppeteer.json" -i "$f" -o "$f.svg" > "$f.log" 2>&1; then
      echo "check-graph-renders: Mermaid cannot render $f:" >&2; cat "$f.log" >&2; failed=1
    elif grep -qi "error" "$f.log"; then
      echo "check-graph-renders: Mermaid reported an error for $f:" >&2; cat "$f.log" >&2; failed=1
    fi
  done
  echo "check-graph-renders: Mermaid rendered $(ls "$out"/*.mmd "$out"/*-templates.md | wc -l) files in $(( ($(date +%s%N) - start) / 1000000 )) ms"
else
  missing "@mermaid-js/mermaid-cli (mmdc) with Chromium at $chromium"
fi

exit "$failed"
