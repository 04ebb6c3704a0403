package dev.rustgo.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The baseline and scaffold goals as Maven configures them. */
@MojoTest
class BaselineAndScaffoldMojoTest {

    private static Path basedir(String project) throws Exception {
        return Paths.get(BaselineAndScaffoldMojoTest.class
                .getResource("/unit/" + project)
                .toURI());
    }

    @AfterEach
    void clean() throws Exception {
        Files.deleteIfExists(basedir("fail").resolve("rustgo-baseline.json"));
        Files.deleteIfExists(basedir("fail").resolve("ci/accepted.json"));
        Files.deleteIfExists(basedir("fail").resolve("ci"));
        Files.deleteIfExists(basedir("pass").resolve("services/orders.yaml"));
        Files.deleteIfExists(basedir("repository").resolve("src/orders/orders.rustgo.yaml"));
        Files.deleteIfExists(basedir("repository").resolve("services/orders.yaml"));
    }

    @Test
    @Basedir("/unit/fail")
    @InjectMojo(goal = "baseline", pom = "pom.xml")
    void baselineRecordsTheCurrentFindings(BaselineMojo mojo) throws Exception {
        mojo.execute();

        Path baseline = basedir("fail").resolve("rustgo-baseline.json");
        String json = Files.readString(baseline);
        assertTrue(json.contains("\"rule\": \"rust-candidate-in-go\""), json);
        // matcher's team has no Rust experience recorded: taken as none, it needs an onboarding plan.
        assertTrue(json.contains("\"rule\": \"rust-candidate-without-rust-experience\""), json);
        verify(mojo.getLog()).info(startsWith("rustgo: wrote 2 finding(s) to "));
    }

    @Test
    @Basedir("/unit/fail")
    @InjectMojo(goal = "baseline", pom = "pom.xml")
    @MojoParameter(name = "baseline", value = "${basedir}/ci/accepted.json")
    void aFirstBaselineIsWrittenWhereRustgoBaselineSays(BaselineMojo mojo) throws Exception {
        mojo.execute();

        String json = Files.readString(basedir("fail").resolve("ci/accepted.json"));
        assertTrue(json.contains("\"rule\": \"rust-candidate-in-go\""), json);
    }

    @Test
    @Basedir("/unit/fail")
    @InjectMojo(goal = "baseline", pom = "pom.xml")
    @MojoParameter(name = "baseline", value = "${basedir}/pom.xml/rustgo-baseline.json")
    void anUnwritableBaselineIsOneLineNamingTheParameterAndThePath(BaselineMojo mojo) throws Exception {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        Path file = basedir("fail").resolve("pom.xml/rustgo-baseline.json");
        assertEquals(
                "rustgo.baseline: cannot write the baseline " + file + ": " + file.getParent()
                        + " is in the way: it exists and is not a directory",
                e.getMessage());
    }

    @Test
    @Basedir("/unit/bad")
    @InjectMojo(goal = "baseline", pom = "pom.xml")
    void noBaselineIsWrittenFromDescriptorsThatDoNotLoad(BaselineMojo mojo) throws Exception {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "rustgo: the baseline was not written: 1 input problem(s) above; fix them and run again",
                e.getMessage());
        assertTrue(Files.notExists(basedir("bad").resolve("rustgo-baseline.json")));
    }

    @Test
    @Basedir("/unit/pass")
    @InjectMojo(goal = "scaffold", pom = "pom.xml")
    @MojoParameter(name = "service", value = "orders")
    @MojoParameter(name = "role", value = "worker")
    void scaffoldWritesADescriptorAndNeverOverwritesIt(ScaffoldMojo mojo) throws Exception {
        mojo.execute();

        Path file = basedir("pass").resolve("services/orders.yaml");
        assertTrue(Files.readString(file).contains("  role: worker"));
        verify(mojo.getLog())
                .info("rustgo: wrote services/orders.yaml; fill in what you know, then run mvn"
                        + " rustgo:explain -Drustgo.service=orders");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(
                "orders is already in the portfolio: services/orders.yaml:9:9 describes it; edit it there, or pick"
                        + " another rustgo.service",
                e.getMessage());
    }

    @Test
    @Basedir("/unit/repository")
    @InjectMojo(goal = "scaffold", pom = "pom.xml")
    @MojoParameter(name = "from", value = "repository")
    void fromTheRepositoryADescriptorGoesInEachUndescribedServicesDirectory(ScaffoldMojo mojo) throws Exception {
        mojo.execute();

        String text = Files.readString(basedir("repository").resolve("src/orders/orders.rustgo.yaml"));
        assertTrue(text.contains("\n  # language: go                  # from src/orders/go.mod:1:1 (the build file"
                + " go.mod); the audit reads it from there, write it only to override\n"));
        verify(mojo.getLog())
                .info("rustgo: wrote src/orders/orders.rustgo.yaml (from the repository: language go,"
                        + " memoryBudgetMiB 256, instances 3, codeLines 3)");
        verify(mojo.getLog())
                .info("rustgo: wrote 1 descriptor (role api to confirm in each); 0 services already described; fill"
                        + " in what you know, then run mvn rustgo:audit");
    }

    @Test
    @Basedir("/unit/repository")
    @InjectMojo(goal = "scaffold", pom = "pom.xml")
    @MojoParameter(name = "service", value = "orders")
    void aNewServiceTakesTheLanguageOfTheBuildFilesOfItsName(ScaffoldMojo mojo) throws Exception {
        mojo.execute();

        assertTrue(Files.readString(basedir("repository").resolve("services/orders.yaml"))
                .contains("\n  language: go  "));
        verify(mojo.getLog())
                .info("rustgo: language go from src/orders/go.mod:1:1 (the build file go.mod) (-Drustgo.language"
                        + " sets another)");
    }

    @Test
    @Basedir("/unit/repository")
    @InjectMojo(goal = "scaffold", pom = "pom.xml")
    @MojoParameter(name = "from", value = "git")
    void rustgoFromKnowsOneSource(ScaffoldMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("rustgo.from must be repository; found 'git'", e.getMessage());
    }

    @Test
    @Basedir("/unit/repository")
    @InjectMojo(goal = "scaffold", pom = "pom.xml")
    void withoutAServiceOrASourceTheScaffoldSaysWhatItNeeds(ScaffoldMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "rustgo.service is required: the name of the new service (or -Drustgo.from=repository, for each"
                        + " service the repository shows)",
                e.getMessage());
    }

    @Test
    @Basedir("/unit/pass")
    @InjectMojo(goal = "scaffold", pom = "pom.xml")
    @MojoParameter(name = "service", value = "orders")
    @MojoParameter(name = "envelope", value = "kubernetes")
    void anUnknownEnvelopeIsAConfigurationError(ScaffoldMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("rustgo.envelope must be native or backstage; found 'kubernetes'", e.getMessage());
    }
}
