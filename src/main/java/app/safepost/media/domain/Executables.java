package app.safepost.media.domain;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds an image tool the server has installed: named by a system property, or on the PATH. */
final class Executables {

    private Executables() {}

    static Optional<Path> find(String property, String defaultName) {
        var named = System.getProperty(property, defaultName);
        if (named.isBlank()) {
            return Optional.empty();
        }
        if (named.contains(File.separator)) {
            var path = Path.of(named);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        var searchPath = System.getenv("PATH");
        if (searchPath == null) {
            return Optional.empty();
        }
        return Stream.of(searchPath.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, named))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
