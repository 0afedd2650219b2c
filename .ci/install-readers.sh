#!/bin/sh
# Install the readers the export tests load our GraphML and GEXF with (test/readers/): Debian's
# python3-networkx, and JGraphT's jgrapht-io plus the Gephi toolkit from Maven Central (cached in
# ~/.m2), whose jars are written as a classpath to test/readers/.classpath. Idempotent.
set -eu
cd "$(dirname "$0")/.."
if ! /usr/bin/python3 -c 'import networkx' 2>/dev/null; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends python3-networkx >/dev/null
fi
echo "install-readers: networkx $(/usr/bin/python3 -c 'import networkx; print(networkx.__version__)')"
mvn -q -B -Dstyle.color=never -f test/readers/pom.xml dependency:build-classpath -Dmdep.outputFile=.classpath
echo "install-readers: $(tr ':' '\n' < test/readers/.classpath | grep -c .) jars in test/readers/.classpath"
