package dev.rustgo.evidence;

import dev.rustgo.criteria.Numbers;
import dev.rustgo.diagnostics.Notice;
import dev.rustgo.diagnostics.Problem;
import dev.rustgo.evidence.BuildFiles.Build;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Position;
import dev.rustgo.model.Provenance;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Build files at the top of a service's own directory ({@link BuildFiles}): the language, and the
 * lines of source in it without tests, vendored or generated code. Only a directory that is the
 * service's own is read: a folder that holds other services' descriptors too tells nothing about
 * this one. Lines of another language than the service's are not given (they would price the wrong
 * rewrite).
 */
final class BuildFileSource implements EvidenceSource {

    @Override
    public Reading read(Tree tree) {
        return BuildFileSource::facts;
    }

    private static Map<Field, Fact> facts(Site site, List<String> notes, List<Notice> notices) {
        Map<Field, Fact> facts = new EnumMap<>(Field.class);
        if (site.directory() == null || !site.ownsDirectory()) {
            return facts;
        }
        Build build;
        List<String> unreadable = new ArrayList<>();
        try {
            build = BuildFiles.read(site.directory(), site.folder(), unreadable);
            for (String file : unreadable) {
                int space = file.lastIndexOf(" (");
                notices.add(new Notice(
                        Notice.Kind.MANIFEST_NOT_READ,
                        new Problem(
                                file.substring(0, space),
                                1,
                                1,
                                "a source file of " + site.service().name() + " that cannot be read"
                                        + file.substring(space) + "; its lines are left out of the service's, the"
                                        + " audit goes on without it")));
            }
        } catch (IOException | RuntimeException e) {
            notes.add(site.service().name() + ": the build files of " + site.folder() + " cannot be read ("
                    + e.getClass().getSimpleName() + ")");
            return facts;
        }
        if (build == null) {
            return facts;
        }
        facts.put(
                Field.LANGUAGE,
                new Fact(build.language(), new Provenance(build.buildFile(), Position.START, build.source())));
        Language declared = site.service().language() != null ? site.service().language() : build.language();
        boolean same = declared == build.language()
                || RepositoryEvidence.jvm(declared) && RepositoryEvidence.jvm(build.language());
        if (build.files() > 0 && same) {
            String lines = Numbers.format(build.lines()) + (build.lines() == 1 ? " line of " : " lines of ")
                    + build.languageName() + " in "
                    + build.files() + (build.files() == 1 ? " file" : " files")
                    + (build.capped() ? " (counting stopped at " + BuildFiles.MAX_FILES + " files)" : "")
                    + ", without tests, vendored or generated code";
            facts.put(
                    Field.CODE_LINES,
                    new Fact(build.lines(), new Provenance(build.buildFile(), Position.START, lines)));
        }
        return facts;
    }
}
