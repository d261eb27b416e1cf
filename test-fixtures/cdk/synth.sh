#!/usr/bin/env bash
# (Re)generates cdk.out of the CDK Java apps among lambdalint's fixtures: every folder under
# test-fixtures/ holding a cdk.json, or only the APP_DIRs given.
#
#   test-fixtures/cdk/synth.sh [APP_DIR...]
#
# Needs Java 17, Maven (Maven Central, or ~/.m2 already filled) and node (jsii runs the CDK in node).
# No `cdk` CLI: each app's main class runs with CDK_OUTDIR and CDK_CONTEXT_JSON set, as the CLI
# would run it, against the aws-cdk-lib pinned in test-fixtures/cdk/pom.xml. Before that, every
# handler module an app's Code.fromAsset("…/target/NAME.jar") names is packaged with `mvn package`
# (reproducible jars: their POMs set project.build.outputTimestamp), because synth copies the jar.
#
# Deterministic: no lookups (environment-agnostic stacks), no version reporting, pinned versions;
# a rerun rewrites the same bytes. Only cdk.out/*.template.json stays (the templates carry the
# aws:cdk:path and aws:asset:path metadata lambdalint maps with): the asset copies and the rest of the cloud assembly are removed, and so are the handler modules'
# target/ folders (the fixtures live under src/main/resources and would be packaged otherwise).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fixtures="$(cd "$here/.." && pwd)"
work="$here/target"
mkdir -p "$work"

mvn_offline=()
if [[ "${SYNTH_OFFLINE:-}" == 1 ]]; then mvn_offline=(-o); fi

# The CDK classpath, once.
cp_file="$work/cdk.classpath"
if [[ ! -s "$cp_file" || "$here/pom.xml" -nt "$cp_file" ]]; then
  mvn -B -q -Dstyle.color=never "${mvn_offline[@]}" -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2
fi
cdk_cp="$(cat "$cp_file")"

if [[ $# -gt 0 ]]; then
  apps=()
  for a in "$@"; do apps+=("$(cd "$a" && pwd)"); done
else
  mapfile -t apps < <(find "$fixtures" -name cdk.json -not -path '*/target/*' -not -path '*/cdk.out/*' \
    -not -path '*/node_modules/*' -not -path "$here/*" -printf '%h\n' | sort)
fi

# The context the CDK CLI would pass, plus the app's own cdk.json context: path metadata on (the
# lead's mapping reads aws:cdk:path), asset metadata on, version reporting off.
context_json() {
  node -e '
    const fs = require("fs");
    const own = JSON.parse(fs.readFileSync(process.argv[1], "utf8")).context || {};
    const ctx = Object.assign({
      "aws:cdk:enable-path-metadata": true,
      "aws:cdk:enable-asset-metadata": true,
      "aws:cdk:version-reporting": false,
      "aws:cdk:disable-version-reporting": true,
      "aws:cdk:bundling-stacks": ["**"]
    }, own);
    process.stdout.write(JSON.stringify(ctx));
  ' "$1/cdk.json"
}

main_class() {
  local pom="$1/pom.xml"
  [[ -f "$pom" ]] || { echo "synth: $1 has no pom.xml naming its main class" >&2; return 1; }
  sed -n 's:.*<mainClass>\(.*\)</mainClass>.*:\1:p' "$pom" | head -n 1
}

export JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION=1
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1
# jsii prints a banner for node majors past its support date (node 20 since 2026-10-30); it still runs.
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="$(node -p 'process.versions.node.split(".")[0]')"
export CDK_DISABLE_VERSION_CHECK=1
export TZ=UTC

for app in "${apps[@]}"; do
  rel="${app#"$fixtures"/}"
  start=$(date +%s)
  main="$(main_class "$app")"
  [[ -n "$main" ]] || { echo "synth: no <mainClass> in $rel/pom.xml" >&2; exit 1; }

  # Handler jars the app names in Code.fromAsset("…/target/x.jar"), relative to the app folder.
  built_modules=()
  while IFS= read -r jar; do
    [[ -z "$jar" ]] && continue
    module="$(cd "$app" && cd "${jar%%/target/*}" && pwd)"
    if [[ ! " ${built_modules[*]-} " == *" $module "* ]]; then
      mvn -B -q -Dstyle.color=never "${mvn_offline[@]}" -f "$module/pom.xml" package -DskipTests >&2
      built_modules+=("$module")
    fi
  done < <(grep -rhoE 'fromAsset\("[^"]+/target/[^"]+\.jar"\)|"[^"]*/target/[^"]+\.jar"' "$app/src/main/java" \
    | sed -E 's/^fromAsset\(//; s/\)$//; s/^"//; s/"$//' | sort -u)

  classes="$work/classes/$(echo "$rel" | tr '/' '_')"
  rm -rf "$classes" && mkdir -p "$classes"
  mapfile -t sources < <(find "$app/src/main/java" -name '*.java' | sort)
  javac -nowarn -encoding UTF-8 --release 17 -cp "$cdk_cp" -d "$classes" "${sources[@]}"

  out="$app/cdk.out"
  rm -rf "$out"
  (cd "$app" && CDK_OUTDIR="$out" CDK_CONTEXT_JSON="$(context_json "$app")" \
    java -cp "$classes:$cdk_cp" "$main")

  # Keep what lambdalint reads; drop the asset copies and the rest of the assembly.
  find "$out" -mindepth 1 -maxdepth 1 ! -name '*.template.json' -exec rm -rf {} +
  for module in "${built_modules[@]-}"; do
    [[ -n "$module" ]] && rm -rf "$module/target"
  done
  echo "synth: $rel -> $(cd "$out" && ls | tr '\n' ' ')($(( $(date +%s) - start )) s)" >&2
done
