package dev.rustgo.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verify;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.reporting.MavenReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The site report as Maven configures it: a MavenReport the site plugin can drive, and a goal of its own. */
@MojoTest
class ReportMojoTest {

    private static Path basedir() throws Exception {
        return Paths.get(ReportMojoTest.class.getResource("/unit/fail").toURI());
    }

    @AfterEach
    void clean() throws Exception {
        Files.deleteIfExists(basedir().resolve("target/site-test/rustgo.html"));
    }

    @Test
    @Basedir("/unit/fail")
    @InjectMojo(goal = "report", pom = "pom.xml")
    @MojoParameter(name = "reportOutputDirectory", value = "${basedir}/target/site-test")
    void aloneItWritesTheWholePageAndSaysWhere(ReportMojo mojo) throws Exception {
        mojo.execute();

        String page = Files.readString(basedir().resolve("target/site-test/rustgo.html"));
        assertTrue(
                page.startsWith("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
                        + "<title>Rust or Go: fail</title>"),
                page);
        assertTrue(page.contains("data-service=\"matcher\""), page);
        verify(mojo.getLog()).info("rustgo: report written to target/site-test/rustgo.html");
    }

    @Test
    @Basedir("/unit/fail")
    @InjectMojo(goal = "report", pom = "pom.xml")
    void itDescribesItselfToTheSitePlugin(ReportMojo mojo) throws Exception {
        MavenReport report = mojo;
        assertEquals("rustgo", report.getOutputName());
        assertEquals("Rust or Go", report.getName(Locale.ROOT));
        assertEquals(MavenReport.CATEGORY_PROJECT_REPORTS, report.getCategoryName());
        assertFalse(report.isExternalReport());
        assertTrue(report.canGenerateReport());
        report.setReportOutputDirectory(new File("elsewhere"));
        assertEquals(new File("elsewhere"), report.getReportOutputDirectory());
    }

    @Test
    @Basedir("/unit/fail")
    @InjectMojo(goal = "report", pom = "pom.xml")
    @MojoParameter(name = "skip", value = "true")
    @MojoParameter(name = "reportOutputDirectory", value = "${basedir}/target/site-test")
    void skippedItIsNoPageOfTheSiteAndWritesNothing(ReportMojo mojo) throws Exception {
        assertFalse(mojo.canGenerateReport());
        mojo.execute();
        verify(mojo.getLog()).info("rustgo: skipped (rustgo.skip=true)");
        assertTrue(Files.notExists(basedir().resolve("target/site-test/rustgo.html")));
    }
}
