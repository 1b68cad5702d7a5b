#!/usr/bin/env bash
# Regenerates docs/cartera.postman_collection.json from the OpenAPI document.
#
#   scripts/postman-collection.sh                         # builds, boots the real WAR on Payara Micro (PostmanCollectionIT)
#   scripts/postman-collection.sh http://localhost:8080   # from a server already running (./run.sh)
#
# The generator is web-module/src/test/java/dev/cartera/web/docs/PostmanCollection.java, dependency-free, run
# as a single source file; PostmanCollectionIT fails when the committed collection misses an operation.
set -euo pipefail
cd "$(dirname "$0")/.."
generator=web-module/src/test/java/dev/cartera/web/docs/PostmanCollection.java
out=docs/cartera.postman_collection.json

if [[ $# -ge 1 ]]; then
    openapi=$(mktemp)
    trap 'rm -f "$openapi"' EXIT
    curl -fsS -H 'Accept: application/json' "${1%/}/openapi" -o "$openapi"
    java "$generator" "$openapi" "$out"
else
    ./mvnw -B verify -pl payara-config,ejb-module,web-module -Dit.test=PostmanCollectionIT -Dtest=PostmanCollectionTest \
        -Dsurefire.failIfNoSpecifiedTests=false -Dcartera.postman.write=true
fi
echo "wrote $out"
