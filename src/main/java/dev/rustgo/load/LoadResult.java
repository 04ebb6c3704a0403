package dev.rustgo.load;

import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.model.Service;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * What loading the descriptors gave: the services that were read, in file and document order;
 * every problem (each makes the input bad); notices for the policy; and debug notes.
 *
 * @param files how many files were read
 * @param failedFiles the files that had at least one problem, in name order
 * @param workloadFiles the files read that also hold Kubernetes workloads (a Deployment beside the
 *     catalog entities), which the repository reading reads again; in name order
 */
public record LoadResult(
        int files,
        List<Service> services,
        List<Problem> problems,
        List<String> failedFiles,
        List<Notice> notices,
        List<String> notes,
        List<String> workloadFiles) {

    public LoadResult(
            int files,
            List<Service> services,
            List<Problem> problems,
            List<String> failedFiles,
            List<Notice> notices,
            List<String> notes) {
        this(files, services, problems, failedFiles, notices, notes, List.of());
    }

    public LoadResult {
        workloadFiles = List.copyOf(workloadFiles);
        services = List.copyOf(services);
        problems = List.copyOf(problems);
        failedFiles = List.copyOf(failedFiles);
        notices = List.copyOf(notices);
        // Debug lines quote what a passed-over document holds: one line each, as problems are (Problem#oneLine).
        // A copy (withServices, withNotices...) keeps the lines already made so: with inference on, notes
        // are tens of thousands of lines, and the audit copies its result several times.
        notes = notes instanceof OneLines ? notes : new OneLines(notes);
    }

    /** Notes each made one line; immutable. */
    private static final class OneLines extends AbstractList<String> implements RandomAccess {
        private final String[] lines;

        OneLines(List<String> notes) {
            lines = new String[notes.size()];
            int i = 0;
            for (String note : notes) {
                lines[i++] = Problem.oneLine(Objects.requireNonNull(note));
            }
        }

        @Override
        public String get(int index) {
            return lines[index];
        }

        @Override
        public int size() {
            return lines.length;
        }
    }

    /** The same result, with these services. */
    public LoadResult withServices(List<Service> value) {
        return new LoadResult(files, value, problems, failedFiles, notices, notes, workloadFiles);
    }

    /** The same result, with these problems and the files that had them. */
    public LoadResult withProblems(List<Problem> value, List<String> failed) {
        return new LoadResult(files, services, value, failed, notices, notes, workloadFiles);
    }

    /** The same result, with these notices. */
    public LoadResult withNotices(List<Notice> value) {
        return new LoadResult(files, services, problems, failedFiles, value, notes, workloadFiles);
    }

    /** The same result, with these debug notes. */
    public LoadResult withNotes(List<String> value) {
        return new LoadResult(files, services, problems, failedFiles, notices, value, workloadFiles);
    }
}
