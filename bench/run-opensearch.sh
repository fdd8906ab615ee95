#!/usr/bin/env bash
# The OpenSearch benchmark: the same generated corpus as run.sh, ingested into the embedded store
# and into a local cluster of NODES in-process nodes (default 2), then the same searches timed on
# both. Prints a Markdown report (also WORK/report-opensearch.md; WORK defaults to
# /tmp/baoku-os-bench). Example: bench/run-opensearch.sh --pages 20000
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
cp="$here/bench/target/classpath.txt"
# In one reactor run, so that the project's own modules resolve to their fresh jars; the bench
# module comes last and writes the file last.
mvn -q -B -f "$here/pom.xml" -DskipTests -Dspotless.check.skip=true -Dforbiddenapis.skip=true \
  package dependency:build-classpath -Dmdep.outputFile="$cp" -pl bench -am
# A private copy of the project's own jars, so that a build during the run cannot pull them away.
lib="$(mktemp -d /tmp/baoku-os-bench-lib.XXXXXX)"
cp -r "$here/bench/target/classes" "$lib/bench-classes"
classpath="$lib/bench-classes"
IFS=":" read -r -a entries < "$cp" || true
for entry in "${entries[@]}"; do
  if [[ "$entry" == "$here"/* ]]; then
    cp -r "$entry" "$lib/" && entry="$lib/$(basename "$entry")"
  fi
  classpath="$classpath:$entry"
done
exec "${JAVA_HOME:-/usr}/bin/java" -Xmx3g --add-modules jdk.incubator.vector \
  --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 \
  -cp "$classpath" baoku.bench.OpenSearchBench "$here" "$@"
