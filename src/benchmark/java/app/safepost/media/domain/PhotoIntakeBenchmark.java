package app.safepost.media.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.media.TestPhotos;
import app.safepost.media.TestPhotos.Exif;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: measures the intake of a 12-megapixel iPad JPEG (4032 × 3024, EXIF orientation 6 with
 * GPS, XMP, IPTC and a thumbnail): sniff, structure walk, metadata, then strip and turn with jpegtran,
 * and again without jpegtran (decode, rotate, re-encode). Writes
 * target/benchmarks/photo-intake.txt. Run it with {@code ./mvnw test -Pbenchmark -Dtest=PhotoIntakeBenchmark}.
 */
@Tag("benchmark")
class PhotoIntakeBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 10;

    /** Smooth gradients with edges and fine texture, so the JPEG is about the size a camera writes. */
    static BufferedImage photoLike(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x6FA8DC), 0, height, new Color(0x3D7A2A)));
        g.fillRect(0, 0, width, height);
        var random = new java.util.Random(7);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(0x1000000)));
            g.fillOval(
                    random.nextInt(width), random.nextInt(height), 20 + random.nextInt(300), 20 + random.nextInt(300));
        }
        g.dispose();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int n = random.nextInt(17) - 8;
                int p = row[x];
                int r = Math.clamp(((p >> 16) & 0xFF) + n, 0, 255);
                int gr = Math.clamp(((p >> 8) & 0xFF) + n, 0, 255);
                int b = Math.clamp((p & 0xFF) + n, 0, 255);
                row[x] = r << 16 | gr << 8 | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    @Test
    void intake_of_a_12_megapixel_ipad_jpeg() throws Exception {
        var photo = TestPhotos.withMetadata(
                TestPhotos.jpeg(photoLike(4032, 3024)),
                Exif.ipad("DMPX1002JGP2").orientation(6));
        var lossless = measure(photo);
        var before = System.getProperty(JpegTran.COMMAND_PROPERTY);
        System.setProperty(JpegTran.COMMAND_PROPERTY, "");
        Measured reencoded;
        try {
            reencoded = measure(photo);
        } finally {
            if (before == null) {
                System.clearProperty(JpegTran.COMMAND_PROPERTY);
            } else {
                System.setProperty(JpegTran.COMMAND_PROPERTY, before);
            }
        }
        var report = String.format(
                Locale.ROOT,
                """
                        Photo intake benchmark (%s, %d cores, load average %.1f, %s)
                        input: 4032 x 3024 JPEG, %.1f MB, EXIF orientation 6, GPS, XMP, IPTC, comment, thumbnail
                        runs: %d after %d warm-up, each way

                        with jpegtran (stripped and turned without decoding; what the portal does when it is installed)
                        %s
                        decoded, turned and encoded again (without jpegtran, and for turns jpegtran declines)
                        %s""",
                java.time.Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.vm.version"),
                photo.length / 1e6,
                RUNS,
                WARM_UP,
                lossless.report(),
                reencoded.report());
        System.out.println(report);
        var file = Path.of("target", "benchmarks", "photo-intake.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);
    }

    private record Measured(PhotoIntake.TakenIn last, double[] wall, double[] cpu, double[] allocated, double[] peaks) {
        String report() {
            return String.format(
                    Locale.ROOT,
                    """
                    output: %d x %d JPEG, %.1f MB, no metadata
                    wall time per intake:   median %.0f ms, min %.0f ms, max %.0f ms
                    CPU time (thread + child processes): median %.0f ms, min %.0f ms, max %.0f ms
                    allocated per intake:   median %.0f MB
                    peak heap above idle:   median %.0f MB, max %.0f MB (heap pools' peak usage during one intake)
                    """,
                    last.width(),
                    last.height(),
                    last.bytes().length / 1e6,
                    median(wall),
                    min(wall),
                    max(wall),
                    median(cpu),
                    min(cpu),
                    max(cpu),
                    median(allocated) / 1e6,
                    median(peaks) / 1e6,
                    max(peaks) / 1e6);
        }
    }

    private static Measured measure(byte[] photo) throws IOException {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            PhotoIntake.takeIn(photo);
        }
        var wall = new double[RUNS];
        var cpu = new double[RUNS];
        var allocated = new double[RUNS];
        var peaks = new double[RUNS];
        PhotoIntake.TakenIn last = null;
        for (int i = 0; i < RUNS; i++) {
            System.gc();
            long baseline = heapUsed();
            resetPeaks();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long childStart = childProcessCpuMillis();
            long allocatedStart = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            last = PhotoIntake.takeIn(photo);
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 + (childProcessCpuMillis() - childStart);
            allocated[i] = threads.getCurrentThreadAllocatedBytes() - allocatedStart;
            peaks[i] = peakHeap() - baseline;
        }
        assertThat(last.width()).isEqualTo(3024);
        assertThat(last.height()).isEqualTo(4032);
        return new Measured(last, wall, cpu, allocated, peaks);
    }

    /** CPU time of this process's finished children (jpegtran), from /proc: user + system, 10 ms ticks. */
    static long childProcessCpuMillis() throws IOException {
        var stat = Files.readString(Path.of("/proc/self/stat"));
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here.
        return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        var pools = new ArrayList<MemoryPoolMXBean>();
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pools.add(pool);
            }
        }
        return pools;
    }

    private static long heapUsed() {
        return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static double median(double[] values) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
