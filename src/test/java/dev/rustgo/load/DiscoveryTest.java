package dev.rustgo.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.diagnostics.Notice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryTest {

    @TempDir
    Path tmp;

    /** The project base directory (the boundary); {@code tmp/outside} is a sibling outside it. */
    private Path project;

    private Path outside;

    @BeforeEach
    void layout() throws IOException {
        project = Files.createDirectories(tmp.resolve("project")).toRealPath();
        outside = Files.createDirectories(tmp.resolve("outside")).toRealPath();
    }

    private Path touch(Path base, String name) throws IOException {
        Path file = base.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# " + name + "\n");
        return file;
    }

    private void touch(String... names) throws IOException {
        for (String name : names) {
            touch(project, name);
        }
    }

    private Discovery.Result scan() throws IOException {
        return scan(List.of(), List.of());
    }

    private Discovery.Result scan(List<String> includes, List<String> excludes) throws IOException {
        return Discovery.scan(project, project, includes, excludes);
    }

    private static List<String> names(Discovery.Result result) {
        return result.files().stream().map(Discovery.SourceFile::name).toList();
    }

    @Test
    void defaultIncludesFindCatalogInfoAndRustgoFilesAtAnyDepthAndTheRootServicesFolder() throws IOException {
        touch(
                "catalog-info.yaml",
                "team/a/catalog-info.yaml",
                "b/catalog-info.yml",
                "x.rustgo.yaml",
                "deep/er/y.rustgo.yml",
                "services/p.yaml",
                "services/team/q.yml");
        touch(
                "services/README.md",
                "other/services/r.yaml",
                "notes.yaml",
                "a/catalog-info.yaml.bak",
                "Catalog-Info.yaml",
                "x.rustgo.json",
                "rustgo.yaml",
                "servicesx/s.yaml");
        assertEquals(
                List.of(
                        "b/catalog-info.yml",
                        "catalog-info.yaml",
                        "deep/er/y.rustgo.yml",
                        "services/p.yaml",
                        "services/team/q.yml",
                        "team/a/catalog-info.yaml",
                        "x.rustgo.yaml"),
                names(scan()));
    }

    @Test
    void sourceFilesPointAtTheFilesFound() throws IOException {
        Path file = touch(project, "services/p.yaml");
        Discovery.SourceFile found = scan().files().get(0);
        assertEquals(file, found.path());
        assertEquals("# services/p.yaml\n", Files.readString(found.path()));
    }

    @Test
    void neverAnythingUnderTargetGitOrNodeModules() throws IOException {
        touch(
                "target/catalog-info.yaml",
                "target/classes/x.rustgo.yaml",
                ".git/x.rustgo.yaml",
                "node_modules/pkg/catalog-info.yaml",
                "web/node_modules/dep/catalog-info.yaml",
                "services/target/s.yaml",
                "services/ok.yaml");
        assertEquals(List.of("services/ok.yaml"), names(scan()));
        assertEquals(
                List.of("services/ok.yaml"),
                names(scan(List.of("**/*.yaml", "**"), List.of())),
                "not even when the includes name them");
        assertEquals(List.of(), names(scan(List.of("target/**", ".git/**", "node_modules/**"), List.of())));
    }

    @Test
    void aFileNamedLikeANeverSearchedDirectoryIsStillFound() throws IOException {
        touch("services/target.yaml", "services/node_modules.yaml");
        assertEquals(List.of("services/node_modules.yaml", "services/target.yaml"), names(scan()));
    }

    @Test
    void userIncludesReplaceTheDefaultsAndExcludesWinOverThem() throws IOException {
        touch(
                "descriptors/a.yaml",
                "descriptors/draft-b.yaml",
                "descriptors/deeper/c.yaml",
                "extra/x/d.yml",
                "catalog-info.yaml",
                "services/s.yaml");
        Discovery.Result result = scan(
                Discovery.split("descriptors/*.yaml, extra/**/*.yml"), Discovery.split("descriptors/draft-*.yaml"));
        assertEquals(List.of("descriptors/a.yaml", "extra/x/d.yml"), names(result));
    }

    @Test
    void excludesApplyToTheDefaultIncludesToo() throws IOException {
        touch("services/a.yaml", "services/legacy/b.yaml", "legacy/catalog-info.yaml");
        assertEquals(List.of("services/a.yaml"), names(scan(List.of(), List.of("**/legacy/**"))));
    }

    @Test
    void globsAreNormalised() throws IOException {
        touch("services/a.yaml", "services/deep/b.yaml", "other/c.yaml");
        assertEquals(
                List.of("services/a.yaml", "services/deep/b.yaml"),
                names(scan(List.of("services/"), List.of())),
                "a trailing slash means everything below");
        assertEquals(List.of("services/a.yaml"), names(scan(List.of("./services/*.yaml"), List.of())));
        assertEquals(List.of("services/deep/b.yaml"), names(scan(List.of("services\\**\\b.yaml"), List.of())));
        assertEquals(List.of("services/a.yaml"), names(scan(List.of("  services/*.yaml  "), List.of())));
    }

    @Test
    void matchingIsCaseSensitive() throws IOException {
        touch("Services/a.yaml", "services/b.YAML");
        assertEquals(List.of(), names(scan()));
    }

    @Test
    void theResultIsSortedByName() throws IOException {
        touch("services/z.yaml", "services/b.yaml", "services/a/z.yaml", "a.rustgo.yaml", "services/A.yaml");
        assertEquals(
                List.of("a.rustgo.yaml", "services/A.yaml", "services/a/z.yaml", "services/b.yaml", "services/z.yaml"),
                names(scan()));
    }

    @Test
    void splitReadsACommaSeparatedList() {
        assertEquals(List.of("a/**", "b/*.yml"), Discovery.split(" a/** , b/*.yml "));
        assertEquals(List.of("a", "b"), Discovery.split(",a,, ,b,"));
        assertEquals(List.of(), Discovery.split(null));
        assertEquals(List.of(), Discovery.split(""));
        assertEquals(List.of(), Discovery.split("  "));
        assertEquals(List.of(), Discovery.split(" , "));
    }

    @Test
    void matchesUsesAntGlobs() {
        assertTrue(Discovery.matches("catalog-info.yaml", List.of("**/catalog-info.yaml")));
        assertTrue(Discovery.matches("a/b/catalog-info.yaml", List.of("**/catalog-info.yaml")));
        assertTrue(Discovery.matches("services/x.yaml", List.of("services/**/*.yaml")));
        assertFalse(Discovery.matches("services/x.yaml", List.of("services/*/*.yaml")));
        assertFalse(Discovery.matches("x/services/x.yaml", List.of("services/**/*.yaml")));
        assertFalse(Discovery.matches("anything", List.of()));
    }

    @Test
    void findsSaysWhetherTheWalkFindsAFileThatIsNotThereYet() throws IOException {
        List<String> files = List.of(
                "catalog-info.yaml",
                "src/ad/ad.rustgo.yaml",
                "src/ad/catalog-info.yaml",
                "src/ad/ad.yaml",
                "services/ad.yaml",
                "services/ad/catalog-info.yaml",
                "legacy/x/x.rustgo.yaml",
                "node_modules/x/catalog-info.yaml",
                "src/target/t.rustgo.yaml");
        for (List<String> includes : List.of(List.<String>of(), List.of("src/**/*.yaml"))) {
            for (List<String> excludes : List.of(List.<String>of(), List.of("legacy/**", "**/ad.yaml"))) {
                Path root = Files.createDirectories(tmp.resolve("walk" + includes.size() + excludes.size()));
                files.forEach(f -> {
                    try {
                        touch(root, f);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
                List<String> found = Discovery.scan(root, root, includes, excludes).files().stream()
                        .map(Discovery.SourceFile::name)
                        .toList();
                for (String f : files) {
                    assertEquals(
                            found.contains(f),
                            Discovery.finds(f, includes, excludes),
                            f + " with includes " + includes + ", excludes " + excludes);
                }
            }
        }
        assertFalse(Discovery.finds("../elsewhere/catalog-info.yaml", List.of(), List.of()));
    }

    // --- symbolic links ---

    @Test
    void aLinkToAFileOutsideTheProjectIsNotFollowed() throws IOException {
        Path secret = touch(outside, "secret.yaml");
        Files.createDirectories(project.resolve("services"));
        Files.createSymbolicLink(project.resolve("services/evil.yaml"), secret);
        touch("services/good.yaml");
        Discovery.Result result = scan();
        assertEquals(List.of("services/good.yaml"), names(result));
        assertEquals(
                List.of("link-outside-project services/evil.yaml:1:1: symbolic link to a place outside the"
                        + " project (" + secret + "); not followed"),
                Descriptors.notices(result.notices()));
    }

    @Test
    void aLinkToADirectoryOutsideTheProjectIsNotFollowed() throws IOException {
        touch(outside, "services/stolen.yaml");
        touch(outside, "catalog-info.yaml");
        Files.createSymbolicLink(project.resolve("services"), outside.resolve("services"));
        Files.createSymbolicLink(project.resolve("vendor"), outside);
        Discovery.Result result = scan();
        assertEquals(List.of(), names(result));
        assertEquals(
                List.of(
                        "link-outside-project services:1:1: symbolic link to a place outside the project ("
                                + outside.resolve("services") + "); not followed",
                        "link-outside-project vendor:1:1: symbolic link to a place outside the project (" + outside
                                + "); not followed"),
                Descriptors.notices(result.notices()));
    }

    @Test
    void aSiblingDirectorySharingTheProjectsNamePrefixIsOutside() throws IOException {
        // "/tmp/x/project-evil" starts with the text "/tmp/x/project" but is not inside it.
        Path evil = Files.createDirectories(tmp.resolve("project-evil"));
        touch(evil, "catalog-info.yaml");
        Files.createSymbolicLink(project.resolve("team"), evil);
        Discovery.Result result = scan();
        assertEquals(List.of(), names(result));
        assertEquals(1, result.notices().size());
        assertEquals("team", result.notices().get(0).where().file());
    }

    @Test
    void aRelativeLinkClimbingOutIsNotFollowed() throws IOException {
        touch(outside, "catalog-info.yaml");
        Files.createSymbolicLink(project.resolve("up"), Path.of("../outside"));
        Discovery.Result result = scan();
        assertEquals(List.of(), names(result));
        assertEquals(
                List.of(Notice.Kind.LINK_OUTSIDE_PROJECT),
                result.notices().stream().map(Notice::kind).toList());
    }

    @Test
    void aLinkInsideTheProjectIsFollowed() throws IOException {
        touch("real/ledger.yaml", "docs/catalog.yaml");
        Files.createSymbolicLink(project.resolve("services"), Path.of("real"));
        Files.createSymbolicLink(project.resolve("catalog-info.yaml"), project.resolve("docs/catalog.yaml"));
        Discovery.Result result = scan();
        assertEquals(List.of("catalog-info.yaml", "services/ledger.yaml"), names(result));
        assertEquals(List.of(), result.notices());
    }

    @Test
    void aLinkLoopTerminates() throws IOException {
        touch("services/a.yaml");
        Files.createSymbolicLink(project.resolve("services/again"), project.resolve("services"));
        Files.createSymbolicLink(project.resolve("services/up"), Path.of(".."));
        Discovery.Result result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> scan());
        assertEquals(List.of("services/a.yaml"), names(result));
        assertEquals(
                List.of(
                        "services/again: symbolic link loop, not followed",
                        "services/up: symbolic link loop, not followed"),
                result.notes());
        assertEquals(List.of(), result.notices());
    }

    @Test
    void twoLinksToEachOtherTerminate() throws IOException {
        Files.createSymbolicLink(project.resolve("a"), project.resolve("b"));
        Files.createSymbolicLink(project.resolve("b"), project.resolve("a"));
        touch("services/ok.yaml");
        Discovery.Result result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> scan());
        assertEquals(List.of("services/ok.yaml"), names(result));
    }

    @Test
    void aBrokenLinkIsPassedOver() throws IOException {
        Files.createDirectories(project.resolve("services"));
        Files.createSymbolicLink(project.resolve("services/gone.yaml"), project.resolve("nowhere.yaml"));
        touch("services/ok.yaml");
        Discovery.Result result = scan();
        assertEquals(List.of("services/ok.yaml"), names(result));
        assertEquals(List.of(), result.notices());
    }

    // --- a descriptor directory below the base directory ---

    @Test
    void includesAreRelativeToTheSearchedDirectoryAndNamesToTheProject() throws IOException {
        touch("descriptors/services/a.yaml", "services/not-searched.yaml");
        Discovery.Result result = Discovery.scan(project, project.resolve("descriptors"), List.of(), List.of());
        assertEquals(List.of("descriptors/services/a.yaml"), names(result));
    }

    @Test
    void aLinkFromTheSearchedDirectoryToElsewhereInTheProjectIsFollowed() throws IOException {
        touch("shared/services/common.yaml");
        Files.createDirectories(project.resolve("descriptors"));
        Files.createSymbolicLink(project.resolve("descriptors/services"), project.resolve("shared/services"));
        Discovery.Result result = Discovery.scan(project, project.resolve("descriptors"), List.of(), List.of());
        assertEquals(List.of("descriptors/services/common.yaml"), names(result));
        assertEquals(List.of(), result.notices());
    }

    @Test
    void aMissingDirectoryIsAnError() {
        assertThrows(IOException.class, () -> Discovery.scan(project, project.resolve("nope"), List.of(), List.of()));
    }
}
