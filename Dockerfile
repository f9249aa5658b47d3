# syntax=docker/dockerfile:1
# The application built from this repository and run on a Java 17 JRE, as docs/operations.md ("Operating it") describes.
#   docker build -t layanan-konsultasi .
# Versions are pinned: change them deliberately (and run the restore drill and the start-up table again).

# 1. Build with the Maven wrapper, as a developer does (the tests run in CI, not here).
FROM eclipse-temurin:17.0.16_8-jdk-noble AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q dependency:go-offline
COPY src src
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q -DskipTests package \
    && cp target/layanan-konsultasi-*.jar /application.jar

# 2. Split the jar into its layers (dependencies, the Spring Boot loader, snapshot dependencies, the application):
#    a change of the code rebuilds and ships only the last, small one.
FROM eclipse-temurin:17.0.16_8-jre-noble AS layers
WORKDIR /layers
COPY --from=build /application.jar application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --destination extracted

# 3. The image: the layers, a class data sharing archive made here, a user without privileges.
FROM eclipse-temurin:17.0.16_8-jre-noble
RUN groupadd --system --gid 10001 konsultasi \
    && useradd --system --uid 10001 --gid konsultasi --home-dir /application --shell /usr/sbin/nologin konsultasi
WORKDIR /application
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
# Class data sharing: a training run starts the application on a throwaway PostgreSQL (installed for this step and
# removed in it; profile cds-training), builds the whole context (migrations included), exits before serving
# (spring.context.exit=onRefresh) and writes the classes it loaded, parsed and verified, to application.jsa, which
# every start maps instead of loading them again. The JRE's own base archive is made first, in case it has none.
RUN set -eux; \
    apt-get update; \
    mkdir -p /etc/postgresql-common; \
    echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.conf; \
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql; \
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin); \
    install -d -o postgres /tmp/training-db; \
    su postgres -s /bin/sh -c "$pg_bin/initdb -D /tmp/training-db -U konsultasi --auth=trust -E UTF8 > /dev/null \
        && $pg_bin/pg_ctl -D /tmp/training-db -o '-p 5432 -k /tmp' -w start > /dev/null"; \
    java -Xshare:dump > /dev/null; \
    java -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh \
        -Dspring.profiles.active=cds-training -jar application.jar > /tmp/training.log 2>&1 \
        || { cat /tmp/training.log; exit 1; }; \
    su postgres -s /bin/sh -c "$pg_bin/pg_ctl -D /tmp/training-db -m fast stop > /dev/null"; \
    apt-get purge -y --auto-remove $(dpkg-query -W -f='${Package}\n' 'postgresql*'); \
    rm -rf /var/lib/apt/lists/* /tmp/training-db /tmp/training.log /etc/postgresql-common /var/lib/postgresql
USER konsultasi
# The application's port (behind the load balancer) and the management port (health and metrics: internal only).
ENV SERVER_PORT=8080 \
    MANAGEMENT_SERVER_PORT=8081 \
    LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080 8081
# Ready: started completely and the database answers (the load balancer checks the same on 8081).
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${MANAGEMENT_SERVER_PORT} \
        && printf "GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 \
        && head -n 1 <&3 | grep -q " 200 "' || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=application.jsa", "-Xlog:cds=off", "-Xlog:class+path=off", "-jar", "application.jar"]
