# The portal as docker-compose.yml runs it. Build the jar first: ./mvnw package

# The face detector's model (MediaPipe BlazeFace "full range", Apache-2.0), from its npm package,
# checked against the hash the portal was tested with (docs/decisions/0023-faces-and-text-in-photos.md).
FROM node:22-slim AS face-model
WORKDIR /model
RUN npm pack --silent @mediapipe/face_detection@0.4.1657300184 \
    && tar xzf mediapipe-face_detection-0.4.1657300184.tgz package/face_detection_full_range.tflite \
    && echo "99bf9494d84f50acc6617d89873f71bf6635a841ea699c17cb3377f9507cfec3  package/face_detection_full_range.tflite" \
    | sha256sum -c -

FROM eclipse-temurin:25-jre
# libheif's heif-convert turns iPads' HEIC photos into JPEGs; jpegtran strips and turns JPEGs losslessly;
# Tesseract reads the text in photos for the name checks.
RUN apt-get update && apt-get install -y --no-install-recommends libheif-examples libjpeg-turbo-progs \
    tesseract-ocr tesseract-ocr-eng && rm -rf /var/lib/apt/lists/*
COPY --from=face-model /model/package/face_detection_full_range.tflite /usr/local/share/safepost/face_detection_full_range.tflite
RUN useradd --system --create-home --home-dir /var/lib/safepost safepost && install -d -o safepost /opt/safepost
COPY --chown=safepost target/safepost.jar /opt/safepost/safepost.jar
USER safepost
WORKDIR /var/lib/safepost
# The JVM options the portal runs with (docs/decisions/0042-start-time-and-memory.md): G1 giving back the heap
# it does not need once idle, smaller thread stacks, two malloc arenas. Set JAVA_OPTS to change them.
ENV JAVA_OPTS="-XX:+UseG1GC -XX:MinHeapSize=64m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:G1PeriodicGCInterval=10000 -Xss512k" MALLOC_ARENA_MAX=2
# Java 25's AOT cache, made here by a training run: the jar extracted (the cache needs plain jars on the class
# path), then started on a scratch data dir up to the refreshed context, with the options above.
RUN java -Djarmode=tools -jar /opt/safepost/safepost.jar extract --destination /opt/safepost/app \
    && rm /opt/safepost/safepost.jar \
    && java $JAVA_OPTS -XX:AOTCacheOutput=/opt/safepost/app/safepost.aot -Dspring.context.exit=onRefresh \
       -jar /opt/safepost/app/safepost.jar --server.port=0 --safepost.data-dir=/tmp/aot-training \
    && rm -rf /tmp/aot-training && printf '%s' "$JAVA_OPTS" > /opt/safepost/app/safepost.aot.options
EXPOSE 8080
# The cache is used only with the options it was trained with: Java 25.0.3 was seen to crash with a cache it could
# not map, and with a flight recording on (docs/decisions/0044-screens-under-load.md). Other options start without it.
ENTRYPOINT ["sh", "-c", "aot=; [ \"$JAVA_OPTS\" = \"$(cat /opt/safepost/app/safepost.aot.options)\" ] && aot=-XX:AOTCache=/opt/safepost/app/safepost.aot; exec java $JAVA_OPTS $aot -jar /opt/safepost/app/safepost.jar \"$@\"", "safepost"]
