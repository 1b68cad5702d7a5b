# syntax=docker/dockerfile:1
# Cartera on Payara Micro: the WAR, the runtime and the SQL Server driver, started by run.sh.
#   docker build -t cartera .
#   docker run -p 8080:8080 -v cartera-data:/var/lib/cartera cartera      (embedded H2, blobs on disk)
# docker-compose.yml runs it with SQL Server and an S3-compatible store; docs/production.md has every variable.

# --- Build: the same ./mvnw build as in development.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# The wrapper and the POMs alone first, built once without sources: this fills the local repository
# with every dependency and plugin the package build uses (Payara Micro and mssql-jdbc included),
# and Docker reuses that layer until a POM changes.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY payara-config/pom.xml payara-config/
COPY ejb-module/pom.xml ejb-module/
COPY web-module/pom.xml web-module/
COPY ear/pom.xml ear/
RUN ./mvnw -B -q package -DskipTests
# Then the sources (.dockerignore keeps target/, .git and .env out).
COPY . .
RUN ./mvnw -B package -DskipTests

# --- Runtime: a JRE, Payara Micro, the WAR.
FROM eclipse-temurin:17-jre-noble
# curl runs the HEALTHCHECK; the Temurin images ship it today, install it should a later base drop it.
RUN command -v curl >/dev/null \
    || { apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*; }
RUN groupadd --system --gid 10001 cartera \
    && useradd --system --uid 10001 --gid cartera --home-dir /opt/cartera --no-create-home \
        --shell /usr/sbin/nologin cartera \
    && mkdir -p /var/lib/cartera /opt/cartera/runtime \
    && chown cartera:cartera /var/lib/cartera /opt/cartera/runtime
WORKDIR /opt/cartera
# The files run.sh uses, at the same paths as in a checkout; owned by root, read-only for the server.
COPY --from=build /src/run.sh ./
COPY --from=build /src/payara-config/post-boot/ payara-config/post-boot/
COPY --from=build /src/payara-config/logging.properties payara-config/
COPY --from=build /src/payara-config/target/payara-micro.jar payara-config/target/
COPY --from=build /src/payara-config/target/lib/mssql-jdbc-*.jar payara-config/target/lib/
COPY --from=build /src/web-module/target/cartera.war web-module/target/

# Data (embedded database, blobs, JWT keys under keys/) on a volume; Payara Micro's own runtime
# directory stays in the container, so a new image never starts on an old runtime.
ENV CARTERA_DATA_DIR=/var/lib/cartera \
    CARTERA_PAYARA_ROOTDIR=/opt/cartera/runtime \
    CARTERA_HTTP_PORT=8080 \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/var/lib/cartera"]
EXPOSE 8080
USER cartera
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS -o /dev/null "http://localhost:${CARTERA_HTTP_PORT}/health/ready" || exit 1
# run.sh picks the datasource (SQL Server for a jdbc:sqlserver: CARTERA_DB_URL, else the embedded H2)
# and execs Payara Micro, which then receives the container's stop signal itself.
ENTRYPOINT ["/opt/cartera/run.sh"]
