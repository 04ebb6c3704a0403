package dev.rustgo.maven;

import dev.rustgo.diagnostics.ProjectPaths;
import dev.rustgo.scaffold.Scaffold;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a commented descriptor for a new service, so adopting the audit takes a minute:
 * {@code mvn rustgo:scaffold -Drustgo.service=orders -Drustgo.role=api}. Never overwrites a file.
 */
@Mojo(name = "scaffold", requiresProject = false, threadSafe = true)
public class ScaffoldMojo extends AbstractRustgoMojo {

    /** The name of the new service. */
    @Parameter(property = "rustgo.service", required = true)
    private String service;

    /** Its language. */
    @Parameter(property = "rustgo.language", defaultValue = "go")
    private String language;

    /** Its role. */
    @Parameter(property = "rustgo.role", defaultValue = "api")
    private String role;

    /** {@code native} (a rustgo.dev/v1 descriptor) or {@code backstage} (a catalog-info.yaml with annotations). */
    @Parameter(property = "rustgo.envelope", defaultValue = "native")
    private String envelope;

    /** Where the descriptor is written: {@code NAME.yaml}, or {@code NAME/catalog-info.yaml} for Backstage. */
    @Parameter(property = "rustgo.scaffoldDirectory", defaultValue = "${basedir}/services")
    private File scaffoldDirectory;

    @Parameter(defaultValue = "${basedir}", readonly = true)
    private File baseDirectory;

    @Override
    protected void run() throws MojoExecutionException {
        Scaffold.Envelope kind;
        try {
            kind = Scaffold.Envelope.valueOf(envelope.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    "rustgo.envelope must be native or backstage; found '" + envelope + "'", e);
        }
        String text;
        try {
            text = Scaffold.descriptor(service, language, role, kind);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Path file = scaffoldDirectory.toPath().resolve(Scaffold.fileName(service, kind));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            // No cause: Maven would append its message (the absolute path) to the one line users read.
            throw new MojoExecutionException(
                    relative(file) + " already exists; edit it, or pick another rustgo.service");
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
        }
        getLog().info("rustgo: wrote " + relative(file) + "; fill in what you know, then run mvn rustgo:explain"
                + " -Drustgo.service=" + service);
    }

    /** The path as users see it in the rest of the audit: relative to the base directory. */
    private String relative(Path file) {
        return ProjectPaths.relative(file, baseDirectory.toPath());
    }
}
