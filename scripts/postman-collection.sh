#!/usr/bin/env bash
# Regenerates postman/cartera.postman_collection.json from the OpenAPI document.
#
#   scripts/postman-collection.sh                         # builds, boots the real WAR on Payara Micro (PostmanCollectionIT),
#                                                         # writes the collection and runs it with newman
#   scripts/postman-collection.sh http://localhost:8080   # from a server already running (./run.sh)
#
# The generator is web-module/src/test/java/dev/cartera/web/docs/PostmanCollection.java with PostmanScenario
# (the order of the requests) and PostmanRequests, dependency-free; PostmanCollectionIT fails when the committed
# collection differs from the one the live document gives, or when newman gets an unexpected status.
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/java-home.sh || exit 1
sources=web-module/src/test/java/dev/cartera/web/docs
out=postman/cartera.postman_collection.json

if [[ $# -ge 1 ]]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    curl -fsS -H 'Accept: application/json' "${1%/}/openapi" -o "$work/openapi.json"
    "$JAVA_HOME/bin/javac" -d "$work/classes" "$sources"/PostmanCollection.java "$sources"/PostmanScenario.java \
        "$sources"/PostmanRequests.java "$sources"/PostmanJson.java
    "$JAVA_HOME/bin/java" -cp "$work/classes" dev.cartera.web.docs.PostmanCollection "$work/openapi.json" "$out"
else
    ./mvnw -B verify -pl payara-config,ejb-module,web-module -Dit.test=PostmanCollectionIT -Dtest=PostmanCollectionTest \
        -Dsurefire.failIfNoSpecifiedTests=false -Dcartera.postman.write=true
fi
echo "wrote $out"
