package dev.rustgo.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.Projects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link History} on a small repository: the tree brought from commit to commit (what a commit
 * added, changed or deleted, and nothing else), and what git's own failures say.
 */
class HistoryTest {

    @TempDir
    Path dir;

    @TempDir
    Path target;

    private final List<String> commits = new ArrayList<>();

    private String git(String... args) throws Exception {
        return Projects.git(dir, args);
    }

    private void write(String file, String text) throws IOException {
        Projects.write(dir, file, text);
    }

    private void commit(String message) throws Exception {
        git("add", "-A", ".");
        git("commit", "-q", "-m", message);
        commits.add(git("rev-parse", "HEAD").strip());
    }

    private List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(target)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> target.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    @BeforeEach
    void repository() throws Exception {
        git("init", "-q", "-b", "main");
        write("services/a.yaml", "a1");
        write("services/old/b.yaml", "b1");
        write("services/old/c.yaml", "c1");
        commit("one");
        write("services/a.yaml", "a2");
        Files.delete(dir.resolve("services/old/b.yaml"));
        Files.delete(dir.resolve("services/old/c.yaml"));
        write("services/d.yaml", "d1");
        commit("two");
    }

    @Test
    void theFirstPointIsTheWholeTreeAndAnythingLeftBeforeIsGone() throws Exception {
        Files.writeString(target.resolve("stale.yaml"), "from an earlier run");
        GitRevision.Written first = History.advance(dir, null, commits.get(0), target);
        assertEquals(3, first.files());
        assertEquals(List.of("services/a.yaml", "services/old/b.yaml", "services/old/c.yaml"), files());
    }

    @Test
    void theNextPointWritesWhatChangedAndDeletesWhatWent() throws Exception {
        History.advance(dir, null, commits.get(0), target);
        GitRevision.Written second = History.advance(dir, commits.get(0), commits.get(1), target);
        assertEquals(2, second.files()); // a.yaml changed, d.yaml added
        assertEquals(List.of("services/a.yaml", "services/d.yaml"), files());
        assertEquals("a2", Files.readString(target.resolve("services/a.yaml")));
        assertFalse(Files.exists(target.resolve("services/old/b.yaml")));
        assertEquals(List.of(), second.unread());
    }

    @Test
    void onlyTheFilesTheAuditReadsAreWritten() throws Exception {
        GitRevision.Written first = History.advance(dir, null, commits.get(0), target, path -> path.endsWith("a.yaml"));
        assertEquals(1, first.files());
        assertEquals(List.of("services/a.yaml"), files());
    }

    @Test
    void aDeletedDirectoryIsGoneWhenItsPlaceIsAFileNow() throws Exception {
        History.advance(dir, null, commits.get(0), target);
        Files.deleteIfExists(dir.resolve("services/old")); // left empty by the second commit
        write("services/old", "a file now");
        commit("three");
        History.advance(dir, commits.get(0), commits.get(2), target);
        assertEquals(List.of("services/a.yaml", "services/d.yaml", "services/old"), files());
        assertEquals("a file now", Files.readString(target.resolve("services/old")));
    }

    @Test
    void theCommitsAreOldestFirstAndCountOnlyWhatTheAuditReads() throws Exception {
        write("README.md", "not read");
        commit("three: docs only");
        List<History.Commit> all = History.commits(dir, null, 10, path -> path.endsWith(".yaml"));
        assertEquals(
                List.of(commits.get(0), commits.get(1)),
                all.stream().map(History.Commit::sha).toList());
        List<History.Commit> last = History.commits(dir, null, 1, path -> path.endsWith(".yaml"));
        assertEquals(
                List.of(commits.get(1)), last.stream().map(History.Commit::sha).toList());
        List<History.Commit> readme = History.commits(dir, null, 10, path -> path.equals("README.md"));
        assertEquals(
                List.of(commits.get(2)),
                readme.stream().map(History.Commit::sha).toList());
    }

    @Test
    void aRevisionGitDoesNotKnowSaysWhatGitSaid() {
        GitRevision.Unavailable e = assertThrows(
                GitRevision.Unavailable.class, () -> History.advance(dir, commits.get(0), "f".repeat(40), target));
        assertTrue(e.getMessage().startsWith("git diff failed: fatal: bad object ffffffffff"), e.getMessage());
    }

    @Test
    void theCommittedFilesAreCountedAgainstTheOnesOnDisk() throws Exception {
        write("services/new.yaml", "not committed");
        assertEquals(1, History.uncommitted(dir, List.of("services/a.yaml", "services/new.yaml")));
        assertEquals(0, History.uncommitted(dir, List.of()));
    }
}
