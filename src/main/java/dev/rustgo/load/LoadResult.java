package dev.rustgo.load;

import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.model.Service;
import java.util.List;

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
        notes = notes.stream().map(Problem::oneLine).toList();
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
