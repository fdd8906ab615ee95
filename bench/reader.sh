#!/usr/bin/env bash
# Builds and runs the web reader benchmark: an archive of PAGES generated pages (default 100000,
# built once under WORK, default /tmp/baoku-reader-bench), served on loopback and driven by wrk
# (apt-get install wrk): 50 connections shared out between every kind of request at once for 60 s,
# then 50 connections for 60 s per kind alone. Prints Markdown tables (also written to
# WORK/reader-report.md). Options: --pages N --work DIR --seconds S --connections C --only WORD
# (the one-kind rows whose name holds WORD) --mixed-only --no-mixed --no-people (person pages
# left out of the load) --build-only (build the archive and stop)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v wrk >/dev/null || { echo "reader.sh: needs wrk (apt-get install wrk)" >&2; exit 1; }
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
mvn -q -B -f "$here/pom.xml" -Pbench -DskipTests -Dspotless.check.skip=true package -pl bench -am
exec "${JAVA_HOME:-/usr}/bin/java" -Xmx4g --add-modules jdk.incubator.vector \
  --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 \
  -Dorg.slf4j.simpleLogger.log.org.eclipse.jetty=warn -Dorg.slf4j.simpleLogger.log.io.javalin=warn \
  -cp "$here/bench/target/baoku-bench.jar" baoku.bench.ReaderBench "$here" "$@"
