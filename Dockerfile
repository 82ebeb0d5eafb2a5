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
RUN useradd --system --create-home --home-dir /var/lib/safepost safepost
COPY target/safepost.jar /opt/safepost/safepost.jar
USER safepost
WORKDIR /var/lib/safepost
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/safepost/safepost.jar"]
