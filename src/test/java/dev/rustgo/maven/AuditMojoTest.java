package dev.rustgo.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;

/** The audit goal as Maven configures it: parameters, outcomes and messages. */
@MojoTest
class AuditMojoTest {

    private static final String POM = "pom.xml";

    @BeforeEach
    void cleanReports() throws IOException {
        for (String project : new String[] {"pass", "fail", "bad", "infer"}) {
            Path report = report(project);
            Files.deleteIfExists(report);
        }
    }

    private static Path basedir(String project) {
        try {
            return Paths.get(AuditMojoTest.class.getResource("/unit/" + project).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path report(String project) {
        return basedir(project).resolve("target/rustgo/audit.json");
    }

    @Test
    @Basedir("/unit/pass")
    @InjectMojo(goal = "audit", pom = POM)
    void healthyPortfolioPassesAndWritesTheReport(AuditMojo mojo) throws Exception {
        mojo.execute();

        String json = Files.readString(report("pass"));
        assertTrue(json.contains("\"result\": \"pass\""), json);
        verify(mojo.getLog())
                .info("rustgo: 2 services (1 rust, 1 go, 0 review); findings: 0 error, 0 warning,"
                        + " 0 info; result: pass; report: target/rustgo/audit.json");
    }

    @Test
    @Basedir("/unit/pass")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "policy", value = "classpath:company/nowhere.yaml")
    void aClasspathPolicyThatIsNotThereIsAConfigurationError(AuditMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(
                "rustgo.policy: no policy classpath:company/nowhere.yaml on the plugin's classpath; add the jar that"
                        + " holds it to the plugin's <dependencies> in the pom",
                e.getMessage());
    }

    @Test
    @Basedir("/unit/pass")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "policy", value = "classpath:company/rustgo-policy.yaml")
    void aClasspathPolicyIsReadFromThePluginsClasspath(AuditMojo mojo) throws Exception {
        mojo.execute();
        assertTrue(Files.readString(report("pass")).contains("\"policy\": \"classpath:company/rustgo-policy.yaml\""));
    }

    @Test
    @Basedir("/unit/infer")
    @InjectMojo(goal = "audit", pom = POM)
    void theRepositoryIsReadByDefault(AuditMojo mojo) throws Exception {
        mojo.execute();

        verify(mojo.getLog())
                .info("rustgo: 1 value of 1 service inferred from the repository (instances); rustgo:explain"
                        + " -Drustgo.service=NAME says where each came from, and -Drustgo.infer=false reads the"
                        + " descriptors only");
        assertTrue(Files.readString(report("infer")).contains("\"source\": \"Deployment admin replicas\""));
    }

    @Test
    @Basedir("/unit/infer")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "infer", value = "false")
    void inferFalseReadsTheDescriptorsOnly(AuditMojo mojo) throws Exception {
        mojo.execute();

        verify(mojo.getLog(), never()).info(startsWith("rustgo: 1 value"));
        assertFalse(Files.readString(report("infer")).contains("\"inferred\""));
    }

    /**
     * Whatever other formats are written (GitLab's gl-code-quality-report.json sorts before
     * audit.json), the closing line names audit.json as the report.
     */
    @Test
    @Basedir("/unit/pass")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "formats", value = "sarif,codequality,html,markdown,junit")
    void withSeveralFormatsTheClosingLineStillNamesAuditJson(AuditMojo mojo) throws Exception {
        mojo.execute();

        assertTrue(Files.exists(basedir("pass").resolve("target/rustgo/gl-code-quality-report.json")));
        verify(mojo.getLog())
                .info("rustgo: 2 services (1 rust, 1 go, 0 review); findings: 0 error, 0 warning,"
                        + " 0 info; result: pass; report: target/rustgo/audit.json");
    }

    /** Each service's line says what to do about it; audit.json says it in a sentence too. */
    @Test
    @Basedir("/unit/fail")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "failOn", value = "never")
    void everyServiceLineSaysWhatToDo(AuditMojo mojo) throws Exception {
        mojo.execute();

        verify(mojo.getLog()).info("SERVICE  LANGUAGE  VERDICT CONF  ACTION         TOP REASONS");
        verify(mojo.getLog()).info("admin    go        go      1.00  keep           G-CONTROL-PLANE role admin-api");
        verify(mojo.getLog())
                .info("matcher  go        rust    1.00  consider-rust  R-TAIL p99LatencyMs 2; R-THROUGHPUT peakRps"
                        + " 400000; R-CONCURRENCY concurrency hard");
        String json = Files.readString(report("fail"));
        assertTrue(
                json.contains(
                        "\"action\": {\n        \"id\": \"consider-rust\",\n        \"text\": \"consider a"
                                + " move to Rust; write spec.resources.monthlyCost or instances to see its payback\"\n      },"),
                json);
    }

    @Test
    @Basedir("/unit/pass")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipSaysSoInOneLineAndWritesNothing(AuditMojo mojo) throws Exception {
        mojo.execute();

        verify(mojo.getLog()).info("rustgo: skipped (rustgo.skip=true)");
        assertFalse(Files.exists(report("pass")));
    }

    @Test
    @Basedir("/unit/pass")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "includes", value = "nowhere/**/*.yaml")
    void noServiceWarnsAndPassesByDefault(AuditMojo mojo) throws Exception {
        mojo.execute();

        verify(mojo.getLog())
                .warn(ArgumentMatchers.startsWith(".:1:1: [no-services-found] no service descriptor found"
                        + " under . (includes nowhere/**/*.yaml); the repository shows "));
        assertTrue(Files.readString(report("pass")).contains("\"result\": \"warn\""));
    }

    @Test
    @Basedir("/unit/pass")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "includes", value = "nowhere/**/*.yaml")
    @MojoParameter(name = "failIfNoServices", value = "true")
    void failIfNoServicesFailsTheBuildWhenNothingWasAudited(AuditMojo mojo) {
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals(
                "rustgo: no service was audited, and rustgo.failIfNoServices is true; run mvn rustgo:scaffold"
                        + " -Drustgo.from=repository to write a descriptor for each service the repository shows",
                e.getMessage());
    }

    @Test
    @Basedir("/unit/fail")
    @InjectMojo(goal = "audit", pom = POM)
    void rustCandidateInGoFailsThePolicyOnceWithASummary(AuditMojo mojo) throws Exception {
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals(
                "rustgo: 1 finding fails the build (1 error: 1 rust-candidate-in-go);"
                        + " fix it as the line above says, or record a decision in spec.decision"
                        + " (rustgo.failOn sets the gate)",
                e.getMessage());
        verify(mojo.getLog())
                .error("services/matcher.yaml:6:13: [rust-candidate-in-go] matcher is a Rust"
                        + " candidate (R-TAIL p99LatencyMs 2, R-THROUGHPUT peakRps 400000, R-CONCURRENCY concurrency hard)"
                        + " but is written in go; record the decision to stay on Go in spec.decision (with its record),"
                        + " or plan the move to Rust");
        assertTrue(Files.readString(report("fail")).contains("\"result\": \"fail\""));
    }

    @Test
    @Basedir("/unit/fail")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "failOn", value = "never")
    void failOnNeverReportsErrorsAsWarningsAndPasses(AuditMojo mojo) throws Exception {
        mojo.execute();

        verify(mojo.getLog())
                .warn(ArgumentMatchers.startsWith(
                        "services/matcher.yaml:6:13: [rust-candidate-in-go] matcher is a Rust candidate"));
        assertTrue(Files.readString(report("fail")).contains("\"result\": \"warn\""));
    }

    @Test
    @Basedir("/unit/bad")
    @InjectMojo(goal = "audit", pom = POM)
    void badDescriptorIsAnExecutionErrorAndTheGoodServicesAreStillReported(AuditMojo mojo) throws Exception {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "rustgo: 1 problem in 1 descriptor file (first: services/broken.yaml:9:14:"
                        + " spec.traffic.peakRps must be a whole number of 0 or more; found 'lots'); fix them and run again",
                e.getMessage());
        verify(mojo.getLog())
                .error(
                        "services/broken.yaml:9:14: spec.traffic.peakRps must be a whole number of 0 or more; found 'lots'");
        String json = Files.readString(report("bad"));
        assertTrue(json.contains("\"name\": \"admin\""), json);
        assertTrue(json.contains("\"failed\": [\n      \"services/broken.yaml\"\n    ]"), json);
    }

    @Test
    @Basedir("/unit/pass")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "failOn", value = "sometimes")
    void unknownFailOnIsAConfigurationError(AuditMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("rustgo.failOn must be one of error, warning, never; found 'sometimes'", e.getMessage());
    }

    @Test
    @Basedir("/unit/pass")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "formats", value = "json,pdf")
    void unknownFormatIsAConfigurationError(AuditMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "rustgo.formats: unknown format 'pdf'; known formats are codequality, html, json, junit, markdown, sarif, scorecard",
                e.getMessage());
    }

    @Test
    @Basedir("/unit/pass")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "includes", value = "services/admin.yaml")
    void includesNarrowWhatIsRead(AuditMojo mojo) throws Exception {
        mojo.execute();

        String json = Files.readString(report("pass"));
        assertTrue(json.contains("\"name\": \"admin\""), json);
        assertFalse(json.contains("\"name\": \"gateway\""), json);
    }

    @Test
    @Basedir("/unit/pass")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "referenceDate", value = "24/11/2026")
    void badReferenceDateIsAConfigurationError(AuditMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "rustgo.referenceDate must be an ISO date (yyyy-mm-dd) or today; found '24/11/2026'", e.getMessage());
    }

    @Test
    @Basedir("/unit/pass")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "outputDirectory", value = "${basedir}/pom.xml/rustgo")
    void anUnwritableOutputDirectoryIsOneLineNamingTheParameterAndThePath(AuditMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        Path out = basedir("pass").resolve("pom.xml/rustgo");
        assertEquals(
                "rustgo.outputDirectory: cannot write the json report to " + out + ": " + out + ": Not a directory",
                e.getMessage());
    }

    @Test
    @Basedir("/unit/pass")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "outputDirectory", value = "${basedir}/pom.xml")
    void aFileWhereTheOutputDirectoryShouldBeIsNamed(AuditMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        Path pom = basedir("pass").resolve("pom.xml");
        assertEquals(
                "rustgo.outputDirectory: cannot write the json report to " + pom + ": " + pom
                        + " is in the way: it exists and is not a directory",
                e.getMessage());
    }

    @Test
    @Basedir("/unit/pass")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "policy", value = "${basedir}/no-such-policy.yaml")
    void aMissingPolicyFileIsAConfigurationError(AuditMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "rustgo.policy: " + basedir("pass").resolve("no-such-policy.yaml") + " does not exist", e.getMessage());
    }

    @Test
    @Basedir("/unit/pass")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "baseline", value = "${basedir}/rustgo-baseline.jsn")
    void aMissingBaselineFileIsAConfigurationError(AuditMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "rustgo.baseline: " + basedir("pass").resolve("rustgo-baseline.jsn") + " does not exist",
                e.getMessage());
    }

    @Test
    @Basedir("/unit/pass")
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "baseline", value = "${basedir}/services")
    void aBaselineThatIsADirectoryIsAConfigurationError(AuditMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "rustgo.baseline: " + basedir("pass").resolve("services") + " is a directory, not a file",
                e.getMessage());
    }
}
