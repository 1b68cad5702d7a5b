# syntax=docker/dockerfile:1
# Cartera on Payara Micro: the WAR, the runtime and the SQL Server driver, started by run.sh.
#   docker build -t cartera .
#   docker run -p 8080:8080 -v cartera-data:/var/lib/cartera cartera      (embedded H2, blobs on disk)
# docker-compose.yml runs it with SQL Server and an S3-compatible store; docs/production.md has every variable.

# --- Build: the same ./mvnw as in development, for the two modules the image needs.
# scripts/check-image-build.sh replays this stage without Docker (CI runs it): keep its COPY and RUN lines
# plain (no heredocs, no --mount) and relative to WORKDIR.
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
# The wrapper and the POMs alone first, built once without sources: this fills the local repository
# with every dependency and plugin the package build uses (Payara Micro and mssql-jdbc included),
# and Docker reuses that layer until a POM changes. Maven reads every <module> of the parent POM even
# when -pl leaves it out, so each module's POM is copied, benchmarks and ear included; -pl ... -am then
# builds only payara-config (the runtime jars) and web-module with what it depends on (ejb-module).
# Without sources the WAR goal is skipped (its webResources folder, src/main/webapp, is not there yet);
# its plugin and the WAR's dependencies are fetched all the same.
# ./mvnw runs the Maven of .mvn/wrapper/maven-wrapper.properties (the image's own mvn is not used)
# on the image's JDK 25, which .mvn/java-home.sh accepts through JAVA_HOME.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY payara-config/pom.xml payara-config/
COPY ejb-module/pom.xml ejb-module/
COPY web-module/pom.xml web-module/
COPY ear/pom.xml ear/
COPY benchmarks/pom.xml benchmarks/
RUN ./mvnw -B -q package -DskipTests -Dmaven.war.skip=true -pl payara-config,web-module -am
# Then the sources (.dockerignore keeps target/, .git and .env out).
COPY . .
RUN ./mvnw -B package -DskipTests -pl payara-config,web-module -am

# --- Runtime: a JRE 25, Payara Micro, the WAR.
FROM eclipse-temurin:25-jre-noble
# curl runs the HEALTHCHECK; the Temurin images do not ship it (their wget is removed after the JDK is
# unpacked), so it is installed unless a later base brings it.
RUN command -v curl >/dev/null \
    || { apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*; }
# /var/lib/cartera-keys: where several instances mount one volume of JWT keys (docker-compose.yml); owned by the
# server here, so a new named volume mounted there is too.
RUN groupadd --system --gid 10001 cartera \
    && useradd --system --uid 10001 --gid cartera --home-dir /opt/cartera --no-create-home \
        --shell /usr/sbin/nologin cartera \
    && mkdir -p /var/lib/cartera /var/lib/cartera-keys /opt/cartera/runtime \
    && chown cartera:cartera /var/lib/cartera /var/lib/cartera-keys /opt/cartera/runtime
WORKDIR /opt/cartera
# The files run.sh uses, at the same paths as in a checkout; owned by root, read-only for the server.
# run.sh sources .mvn/java-home.sh, which takes the image's JAVA_HOME (the JRE 25).
COPY --from=build /src/run.sh ./
COPY --from=build /src/.mvn/java-home.sh .mvn/
COPY --from=build /src/payara-config/post-boot/ payara-config/post-boot/
COPY --from=build /src/payara-config/logging.properties /src/payara-config/logging-json.properties payara-config/
COPY --from=build /src/payara-config/target/payara-micro.jar payara-config/target/
COPY --from=build /src/payara-config/target/lib/mssql-jdbc-*.jar payara-config/target/lib/
COPY --from=build /src/web-module/target/cartera.war web-module/target/

# Data (embedded database, blobs, JWT keys under keys/) on a volume; Payara Micro's own runtime
# directory stays in the container, so a new image never starts on an old runtime.
ENV CARTERA_DATA_DIR=/var/lib/cartera \
    CARTERA_PAYARA_ROOTDIR=/opt/cartera/runtime \
    CARTERA_HTTP_PORT=8080 \
    JAVA_OPTS="-Xms512m -Xmx512m -XX:+ExitOnOutOfMemoryError"
VOLUME ["/var/lib/cartera"]
EXPOSE 8080
USER cartera
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS -o /dev/null "http://localhost:${CARTERA_HTTP_PORT}/health/ready" || exit 1
# run.sh picks the datasource (SQL Server for a jdbc:sqlserver: CARTERA_DB_URL, else the embedded H2)
# and execs Payara Micro, which then receives the container's stop signal itself.
ENTRYPOINT ["/opt/cartera/run.sh"]
