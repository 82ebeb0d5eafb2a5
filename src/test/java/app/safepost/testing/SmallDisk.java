package app.safepost.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small disk of its own (a tmpfs mounted on a directory) that a test can fill to the last byte,
 * free again, and make read-only, so that "disk full" and "read-only" are the kernel's real answers
 * rather than permission bits, which root ignores. Mounting needs root (CAP_SYS_ADMIN): the tests
 * run as root here and in CI; elsewhere {@link #mount} fails with a message saying so rather than
 * letting the test pass without having tried.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;
    private final Path filler;
    private final Thread unmountAtExit;
    private boolean mounted = true;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve("filler");
        // A test that dies half-way must not leave a mount under target/ (mvn clean could not remove it).
        this.unmountAtExit = new Thread(this::unmount, "unmount-" + mountPoint.getFileName());
        Runtime.getRuntime().addShutdownHook(unmountAtExit);
    }

    /** Mounts a tmpfs of {@code megabytes} on {@code mountPoint} (created if missing). */
    public static SmallDisk mount(Path mountPoint, int megabytes) {
        try {
            Files.createDirectories(mountPoint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run(
                List.of(
                        "mount",
                        "-t",
                        "tmpfs",
                        "-o",
                        "size=" + megabytes + "m,mode=0700",
                        "tmpfs",
                        mountPoint.toString()),
                "This test mounts a small tmpfs to make a disk really full or read-only, which needs root"
                        + " (CAP_SYS_ADMIN): CI and the development container run the tests as root. Run it as root,"
                        + " or in a container started with --cap-add SYS_ADMIN.");
        return new SmallDisk(mountPoint);
    }

    public Path path() {
        return mountPoint;
    }

    /** Writes a file until the disk refuses even one more byte. */
    public void fill() {
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int chunk : new int[] {1 << 20, 1 << 12, 1}) {
                var bytes = new byte[chunk];
                try {
                    while (true) {
                        out.write(bytes);
                        out.flush();
                    }
                } catch (IOException full) {
                    // on to smaller pieces
                }
            }
        } catch (IOException e) {
            // closing a stream on a full disk may fail too; the disk is full either way
        }
        try {
            if (Files.getFileStore(mountPoint).getUsableSpace() > 0) {
                throw new IllegalStateException(mountPoint + " still has "
                        + Files.getFileStore(mountPoint).getUsableSpace() + " bytes free after filling it");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes what {@link #fill()} wrote. */
    public void free() {
        try {
            Files.deleteIfExists(filler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void readOnly() {
        run(List.of("mount", "-o", "remount,ro", mountPoint.toString()), "Cannot make " + mountPoint + " read-only.");
    }

    public void writable() {
        run(
                List.of("mount", "-o", "remount,rw", mountPoint.toString()),
                "Cannot make " + mountPoint + " writable again.");
    }

    /** Unmounts the disk; what was on it is gone. */
    @Override
    public void close() {
        unmount();
        try {
            Runtime.getRuntime().removeShutdownHook(unmountAtExit);
        } catch (IllegalStateException exiting) {
            // the hook is running or has run
        }
    }

    private synchronized void unmount() {
        if (mounted) {
            run(List.of("umount", "--lazy", mountPoint.toString()), "Cannot unmount " + mountPoint + ".");
            mounted = false;
        }
    }

    private static void run(List<String> command, String explanation) {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish. " + explanation);
            }
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                throw new IllegalStateException(explanation + " (" + String.join(" ", command) + ": " + output + ")");
            }
        } catch (IOException e) {
            throw new IllegalStateException(explanation + " (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
