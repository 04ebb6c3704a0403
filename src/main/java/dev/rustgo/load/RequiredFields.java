package dev.rustgo.load;

import dev.rustgo.diagnostics.Problem;
import dev.rustgo.model.Field;
import dev.rustgo.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The one required field the repository may give: the language. A descriptor that leaves it out is
 * read without it; once the repository has been read (or not, with {@code rustgo.infer=false}), a
 * described service that still has none is a problem at the place the language would be written,
 * saying what was looked for and where. A Backstage Component annotated with nothing but
 * {@code rustgo.dev/role} is audited, its language taken from its build files.
 */
public final class RequiredFields {

    private RequiredFields() {}

    /** How {@link #check} knows a service across the copies the repository reading makes. */
    public static String key(Service s) {
        return s.file() + ":" + s.position().line() + ":" + s.position().column();
    }

    /**
     * {@code loaded} with {@code services} (the loaded ones, as the repository reading left them) less
     * each described service that has no language, and a problem for each of those.
     *
     * @param lookedFor where the repository reading looked for a service's language, as the end of a
     *     sentence ("no build file at the top of services/orders names one ..."), by {@link #key}
     */
    public static LoadResult check(LoadResult loaded, List<Service> services, Function<String, String> lookedFor) {
        List<Service> kept = new ArrayList<>(services.size());
        List<Problem> problems = new ArrayList<>(loaded.problems());
        TreeSet<String> failed = new TreeSet<>(loaded.failedFiles());
        for (Service s : services) {
            if (!s.described() || s.language() != null) {
                kept.add(s);
                continue;
            }
            String where = lookedFor.apply(key(s));
            problems.add(new Problem(
                    s.file(),
                    s.position(Field.LANGUAGE),
                    s.dialect().missing(Field.LANGUAGE) + ", and the repository gives none: "
                            + (where != null ? where : "it was not read for it (rustgo.infer=false)")));
            failed.add(s.file());
        }
        if (kept.size() == services.size()) {
            return services == loaded.services()
                    ? loaded
                    : loaded.withServices(services).withProblems(problems, List.copyOf(failed));
        }
        problems.sort(null);
        return loaded.withServices(kept).withProblems(problems, List.copyOf(failed));
    }
}
