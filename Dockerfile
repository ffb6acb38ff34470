# syntax=docker/dockerfile:1
# Leasekeeper container image: built with the Maven wrapper on JDK 25 (the code targets Java 21),
# run on the JRE of the same major version as a non-root user. No secrets are baked in: tokens and the
# database password come from the environment at run time (see docker-compose.yml and .env.example).

FROM eclipse-temurin:25-jdk-noble AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q dependency:go-offline
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q -DskipTests package \
 && java -Djarmode=tools -jar target/leasekeeper.jar extract --layers --destination /extracted

FROM eclipse-temurin:25-jre-noble
# curl for the health check; setcap so that the unprivileged user may bind DHCP port 67. A binary with file
# capabilities runs in secure mode, where the loader ignores the JDK's relative library path: list it in
# ld.so.conf so java still finds libjli.so.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl libcap2-bin \
 && rm -rf /var/lib/apt/lists/* \
 && setcap cap_net_bind_service=+ep /opt/java/openjdk/bin/java \
 && echo /opt/java/openjdk/lib > /etc/ld.so.conf.d/openjdk.conf \
 && ldconfig \
 && useradd --system --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin leasekeeper
WORKDIR /app
# Spring Boot layers, least to most often changing, so a code change rebuilds only the last layer:
# lib/ with the dependencies, then leasekeeper.jar, whose manifest names them on its class path.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
# AOT cache (JDK 25): a training run starts the application context once and records the classes it loads
# and links; later starts map them (about 40 % less start time, see docs/operations.md). No database runs
# at build time, so the training run skips everything that would connect to one.
RUN LEASEKEEPER_DHCP_ENABLED=false LEASEKEEPER_API_TOKEN=aot-training-only \
    SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:9/none \
    java -XX:AOTCacheOutput=leasekeeper.aot -Dspring.context.exit=onRefresh -Dserver.port=0 \
      -Dspring.flyway.enabled=false -Dspring.datasource.hikari.initialization-fail-timeout=-1 \
      -Dspring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect \
      -Dspring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
      -Dspring.jpa.hibernate.ddl-auto=none -jar leasekeeper.jar
USER leasekeeper:leasekeeper
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080 67/udp
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${SERVER_PORT:-8080}/actuator/health/readiness" >/dev/null || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=leasekeeper.aot", "-jar", "leasekeeper.jar"]
