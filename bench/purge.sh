#!/usr/bin/env bash
# Builds and runs the purge benchmark: an archive of PAGES generated pages (default 100000, built
# once under WORK, default /tmp/baoku-reader-bench, as reader.sh builds it), copied, and the paper
# with the most issues purged from the copy. Prints a Markdown table (also WORK/purge-report.md).
# Options: --pages N --work DIR --paper NAME --archive DIR (an archive built before, only read)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
mvn -q -B -f "$here/pom.xml" -Pbench -DskipTests -Dspotless.check.skip=true package -pl bench -am
exec "${JAVA_HOME:-/usr}/bin/java" -Xmx4g --add-modules jdk.incubator.vector \
  --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 \
  -cp "$here/bench/target/baoku-bench.jar" baoku.bench.PurgeBench "$here" "$@"
