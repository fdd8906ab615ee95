#!/usr/bin/env bash
# Builds and runs the archive benchmark: generates PAGES pages (default 100000) under WORK
# (default /tmp/baoku-bench), ingests them, indexes the same files with bare Lucene, measures
# search latency, and prints a Markdown report (also written to WORK/report.md).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
mvn -q -B -f "$here/pom.xml" -Pbench -DskipTests -Dspotless.check.skip=true package -pl bench -am
exec "${JAVA_HOME:-/usr}/bin/java" -Xmx4g --add-modules jdk.incubator.vector \
  --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 \
  -jar "$here/bench/target/baoku-bench.jar" "$here" "$@"
