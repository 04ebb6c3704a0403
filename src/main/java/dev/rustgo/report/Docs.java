package dev.rustgo.report;

import java.util.Locale;

/** Where the project's documentation lives, for links in reports (SARIF help links, the site page). */
public final class Docs {

    /** The project's home; the pom's {@code <url>}. */
    public static final String HOME = "https://github.com/rustgo-dev/rustgo-maven-plugin";

    private Docs() {}

    /** The documentation of a policy rule: its section in docs/rules.md, whose heading is the rule id. */
    public static String rule(String id) {
        return HOME + "/blob/main/docs/rules.md#" + id.toLowerCase(Locale.ROOT);
    }

    /** The documentation of a criterion: docs/criteria.md. */
    public static String criteria() {
        return HOME + "/blob/main/docs/criteria.md";
    }
}
