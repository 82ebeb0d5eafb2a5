package app.safepost.media.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.media.MediaFixture;
import app.safepost.media.ui.parts.PhotoUploadField;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.TransferUtil;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A 500 MB file dropped on the Photos screen is cut off as it streams in at 25 MB: the body goes in
 * through Vaadin's own upload entry point ({@link TransferUtil#handleUpload}, what the servlet calls)
 * as a generated stream, the screen reads at most a little over the limit, says why next to the upload,
 * and the heap (read after a collection every 5 MB while the body streams in, and after the refusal)
 * grows by less than 8 MB, where holding what was read would grow it by 25 MB. (Vaadin's browserless
 * upload tester reads a stream whole before the handler sees it, so it cannot show this.)
 */
class HugeUploadTest extends ScreenTest {

    private static final long MB = 1024 * 1024;

    /**
     * Alone this upload grows the heap by about 0.2 MB; in the full suite the JVM is shared with other
     * tests' background work (photo analysis, the outbox), which has held up to 4.3 MB at one reading.
     */
    private static final long MOST_GROWTH = 8 * MB;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void removePhotos() {
        MediaFixture.removeAllPhotos(jdbc);
    }

    @ParameterizedTest(name = "size announced: {0}")
    @CsvSource({"false, 26279936", "true, 0"})
    void a_500_mb_upload_is_refused_at_25_mb_without_the_heap_growing_by_more_than_a_few_mb(
            boolean announced, long mostRead) throws Exception {
        signInAs("teacher");
        navigate(PhotosView.class);
        var body = new GeneratedBody(500 * MB);
        long before = heapAfterCollection();
        long started = System.nanoTime();

        var answer = stream($(Upload.class).single(), "holiday-video.jpg", body, announced ? body.size : -1);

        long refusedAfterMillis = (System.nanoTime() - started) / 1_000_000;
        long growth = Math.max(body.highestHeap, heapAfterCollection()) - before;
        System.out.printf(
                "500 MB screen upload (size announced: %s): refused after %d ms, %.1f MB read,"
                        + " heap growth %.2f MB%n",
                announced, refusedAfterMillis, body.read / (double) MB, growth / (double) MB);

        assertThat(answer.getStatus()).as("the answer to the browser").isEqualTo(422);
        assertThat(answer.getContentAsString()).contains("it is larger than 25 MB.");
        assertThat(body.read).as("bytes read from the body").isLessThanOrEqualTo(mostRead);
        assertThat(growth).as("heap growth in bytes").isLessThan(MOST_GROWTH);
        assertThat($(PhotoUploadField.class).single().refusals())
                .containsExactly("holiday-video.jpg: it is larger than 25 MB.");
        assertThat(MediaFixture.storedImages(jdbc)).as("images stored").isZero();
    }

    /** Sends the body to the upload's own handler as the browser's raw upload request would, and answers the browser's answer. */
    private static MockHttpServletResponse stream(
            Upload upload, String fileName, InputStream body, long contentLength) {
        var session = VaadinSession.getCurrent();
        var handler = (UploadHandler) session.getResourceRegistry()
                .getResource(
                        StreamResourceRegistry.ElementStreamResource.class,
                        URI.create(upload.getElement().getAttribute("target")))
                .orElseThrow()
                .getElementRequestHandler();
        var current = (VaadinServletRequest) VaadinRequest.getCurrent();
        var raw = new HttpServletRequestWrapper(current.getHttpServletRequest()) {
            @Override
            public String getMethod() {
                return "POST";
            }

            @Override
            public String getContentType() {
                return "image/jpeg";
            }

            @Override
            public long getContentLengthLong() {
                return contentLength;
            }

            @Override
            public String getHeader(String name) {
                return switch (name) {
                    case "X-Filename" -> fileName;
                    case "Content-Type" -> "image/jpeg";
                    default -> super.getHeader(name);
                };
            }

            @Override
            public ServletInputStream getInputStream() {
                return new Servlet(body);
            }
        };
        var response = new MockHttpServletResponse();
        TransferUtil.handleUpload(
                handler,
                new VaadinServletRequest(raw, current.getService()),
                new VaadinServletResponse(response, current.getService()),
                session,
                upload.getElement());
        roundTrip();
        return response;
    }

    private static long heapAfterCollection() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** A body of zeros made as it is read, never held; reads the heap after a collection every 5 MB. */
    private static final class GeneratedBody extends InputStream {
        private final long size;
        long read;
        long highestHeap;
        private long nextSample = 5 * MB;

        GeneratedBody(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            var one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - read);
            Arrays.fill(buffer, offset, offset + n, (byte) 0);
            read += n;
            if (read >= nextSample) {
                nextSample += 5 * MB;
                highestHeap = Math.max(highestHeap, heapAfterCollection());
            }
            return n;
        }
    }

    private static final class Servlet extends ServletInputStream {
        private final InputStream body;

        Servlet(InputStream body) {
            this.body = body;
        }

        @Override
        public int read() throws IOException {
            return body.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return body.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return false;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {}
    }
}
