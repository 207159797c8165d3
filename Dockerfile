# Build: the Maven wrapper fetches Maven and the dependencies; tests run in CI, not in the image build.
FROM eclipse-temurin:17-jdk AS build
# the Maven wrapper script downloads Maven with curl and unpacks it with unzip
RUN apt-get update && apt-get install -y --no-install-recommends curl unzip && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw --batch-mode --no-transfer-progress dependency:go-offline
COPY src src
RUN ./mvnw --batch-mode --no-transfer-progress -DskipTests package && cp target/slope-*.jar /slope.jar

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /var/lib/slope slope && mkdir -p /var/lib/slope/index && chown -R slope /var/lib/slope
COPY --from=build /slope.jar /tmp/slope.jar
# Spring Boot's extracted layout (the application jar beside its libraries), which a class data sharing archive needs
RUN java -Djarmode=tools -jar /tmp/slope.jar extract --destination /opt/slope && rm /tmp/slope.jar \
    && chown -R slope /opt/slope
USER slope
WORKDIR /var/lib/slope
# The class data sharing (CDS) archive: a training run that starts the application context (on a throw-away embedded
# PostgreSQL) and stops once it is refreshed, writing the classes it loaded to slope.jsa; a start with the archive
# takes about half the time (docs/benchmarks.md, "Start-up")
RUN SLOPE_EMBEDDED_DB_DIR=/tmp/cds/postgres SLOPE_INDEX_DIR=/tmp/cds/index SLOPE_DEMO_DATA=false \
    java -XX:ArchiveClassesAtExit=/opt/slope/slope.jsa -Dspring.context.exit=onRefresh -jar /opt/slope/slope.jar \
    && rm -rf /tmp/cds
ENV SLOPE_INDEX_DIR=/var/lib/slope/index
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s CMD curl -fs http://localhost:8080/readyz || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:SharedArchiveFile=/opt/slope/slope.jsa", "-jar", "/opt/slope/slope.jar"]
