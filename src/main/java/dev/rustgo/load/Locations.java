package dev.rustgo.load;

import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.load.DescriptorLoader.LocationTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a Backstage {@code Location} points: a path relative to the Location's file, or a glob,
 * followed only to files inside the project. A URL, or a path that leaves the project, is
 * reported (as a {@code location-not-followed} notice) and never read.
 */
final class Locations {

    private Locations() {}

    static List<Discovery.SourceFile> resolve(Path boundary, LocationTarget location, List<Notice> notices) {
        String target = location.target().text().strip();
        if (target.contains("://") || target.startsWith("url:")) {
            notices.add(notice(
                    location,
                    "Location target '" + target + "' is a URL; only files inside the project"
                            + " are read, so it was not followed"));
            return List.of();
        }
        try {
            Path realBoundary = boundary.toRealPath();
            int glob = firstGlob(target);
            String fixed = glob < 0 ? target : target.substring(0, target.lastIndexOf('/', glob) + 1);
            Path base =
                    location.directory().resolve(fixed.isEmpty() ? "." : fixed).normalize();
            if (!base.toAbsolutePath().startsWith(realBoundary)
                    || !Files.exists(base)
                    || !base.toRealPath().startsWith(realBoundary)) {
                if (!Files.exists(base) && base.toAbsolutePath().startsWith(realBoundary)) {
                    notices.add(notice(location, "Location target '" + target + "' does not exist"));
                } else {
                    notices.add(notice(
                            location, "Location target '" + target + "' is outside the project; it was not followed"));
                }
                return List.of();
            }
            if (glob < 0) {
                if (!Files.isRegularFile(base)) {
                    notices.add(notice(location, "Location target '" + target + "' is not a file"));
                    return List.of();
                }
                return List.of(new Discovery.SourceFile(
                        base,
                        realBoundary.relativize(base.toRealPath()).toString().replace('\\', '/')));
            }
            String pattern = target.substring(fixed.length());
            List<Notice> linkNotices = new ArrayList<>();
            Discovery.Result found = Discovery.scan(realBoundary, base, List.of(pattern), List.of());
            linkNotices.addAll(found.notices());
            notices.addAll(linkNotices);
            return found.files();
        } catch (IOException | InvalidPathException e) {
            notices.add(notice(
                    location,
                    "Location target '" + target + "' cannot be followed ("
                            + e.getClass().getSimpleName() + ")"));
            return List.of();
        }
    }

    private static int firstGlob(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return i;
            }
        }
        return -1;
    }

    private static Notice notice(LocationTarget location, String message) {
        return new Notice(
                Notice.Kind.LOCATION_NOT_FOLLOWED,
                new Problem(location.file(), location.target().position(), message),
                null,
                location.target().text().strip());
    }
}
