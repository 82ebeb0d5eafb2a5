package app.safepost.common.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.function.BiConsumer;

/**
 * The one way a screen takes a file in: the request body is streamed to a temporary file while its
 * bytes are counted, and the upload is refused as soon as it passes the limit (at once when the browser
 * announces a larger size), so a huge or endless upload never fills the memory. Vaadin's in-memory
 * handler would hold the whole body before a limit could be checked; the browser's own size check is
 * only a courtesy. Only a file within the limit is read into memory, once, and handed to the screen.
 */
public final class LimitedUpload implements UploadHandler {

    private static final int BUFFER = 64 * 1024;

    private final long maxBytes;
    private final String refusal;
    private final BiConsumer<UploadMetadata, byte[]> received;
    private final BiConsumer<String, String> refused;

    /**
     * @param maxBytes the largest file taken in
     * @param refusal what the person is told about a larger file, e.g. "it is larger than 25 MB."
     * @param received called in the screen's UI with a file within the limit
     * @param refused called in the screen's UI with the file's name and the refusal, to show it next to the upload
     */
    public LimitedUpload(
            long maxBytes,
            String refusal,
            BiConsumer<UploadMetadata, byte[]> received,
            BiConsumer<String, String> refused) {
        this.maxBytes = maxBytes;
        this.refusal = refusal;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        var ui = event.getUI();
        var metadata = new UploadMetadata(event.getFileName(), event.getContentType(), event.getFileSize());
        if (event.getFileSize() > maxBytes) {
            refuse(event, metadata);
            return;
        }
        var file = Files.createTempFile("safepost-upload-", ".part");
        try {
            long copied;
            try (var in = event.getInputStream();
                    var out = Files.newOutputStream(file)) {
                copied = copyAtMost(in, out, maxBytes + 1);
            }
            if (copied > maxBytes) {
                refuse(event, metadata);
                return;
            }
            var bytes = Files.readAllBytes(file);
            ui.access(() -> received.accept(metadata, bytes));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void refuse(UploadEvent event, UploadMetadata metadata) {
        event.reject(refusal);
        event.getUI().access(() -> refused.accept(metadata.fileName(), refusal));
    }

    /** Copies until the stream ends or {@code limit} bytes are copied, whichever is first; the rest is never read. */
    static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        var buffer = new byte[BUFFER];
        long copied = 0;
        while (copied < limit) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - copied));
            if (read < 0) {
                break;
            }
            out.write(buffer, 0, read);
            copied += read;
        }
        return copied;
    }
}
