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
exec "${JAVA_HOME:-/usr}/bin/java" -Xmx3g --add-modules jdk.incubator.vector \
  --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 \
  -cp "$here/bench/target/classes:$(cat "$cp")" baoku.bench.OpenSearchBench "$here" "$@"
