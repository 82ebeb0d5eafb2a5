# The portal as docker-compose.yml runs it. Build the jar first: ./mvnw package
FROM eclipse-temurin:25-jre
# libheif's heif-convert turns iPads' HEIC photos into JPEGs; jpegtran strips and turns JPEGs losslessly.
RUN apt-get update && apt-get install -y --no-install-recommends libheif-examples libjpeg-turbo-progs \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --create-home --home-dir /var/lib/safepost safepost
COPY target/safepost.jar /opt/safepost/safepost.jar
USER safepost
WORKDIR /var/lib/safepost
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/safepost/safepost.jar"]
