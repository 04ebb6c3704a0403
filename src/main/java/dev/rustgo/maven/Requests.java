package dev.rustgo.maven;

import dev.rustgo.load.Discovery;
import dev.rustgo.policy.FailOn;
import dev.rustgo.yaml.Scalars;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/** Turns parameter values into request values, with the one-line errors users see for bad ones. */
final class Requests {

    private Requests() {}

    static FailOn failOn(String value) throws MojoExecutionException {
        try {
            return FailOn.parse(value);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    static LocalDate referenceDate(String value) throws MojoExecutionException {
        if (value == null || value.isBlank() || value.strip().equals("today")) {
            return LocalDate.now();
        }
        LocalDate date = Scalars.isoDate(value.strip());
        if (date == null) {
            throw new MojoExecutionException(
                    "rustgo.referenceDate must be an ISO date (yyyy-mm-dd) or today; found '" + value + "'");
        }
        return date;
    }

    static Set<String> formats(String value) {
        Set<String> formats = new LinkedHashSet<>();
        for (String format : Discovery.split(value)) {
            formats.add(format.toLowerCase(Locale.ROOT));
        }
        return formats;
    }

    /** The configured file, which must exist; or the default one in {@code base}, if it exists; or none. */
    static Path existing(File configured, String property, Path base, String defaultName)
            throws MojoExecutionException {
        if (configured != null) {
            if (configured.isDirectory()) {
                throw new MojoExecutionException(property + ": " + configured + " is a directory, not a file");
            }
            if (!configured.isFile()) {
                throw new MojoExecutionException(property + ": " + configured + " does not exist");
            }
            return configured.toPath();
        }
        Path fallback = base.resolve(defaultName);
        return Files.isRegularFile(fallback) ? fallback : null;
    }
}
