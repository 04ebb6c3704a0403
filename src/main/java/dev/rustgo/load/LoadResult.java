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
}
