package dev.rustgo.criteria;

import dev.rustgo.model.Experience;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Lifecycle;
import dev.rustgo.model.Service;
import dev.rustgo.model.Token;
import dev.rustgo.model.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What to do about one service, in the terms of the language it is written in: the verdict says
 * which language the guides would choose for this work, the action what that means for this
 * service. The guides weigh Rust against Go for new work and never advise rewriting a working
 * service, so a service in Java, Python or .NET that nothing presses toward Rust is kept, not moved
 * to Go. Worked out once per assessment by the {@link Scorer}; every report reads it.
 *
 * @param kind what to do, as a stable id ({@code audit.json}'s {@code action.id})
 * @param text the sentence a person reads
 */
public record Action(Kind kind, String text) {

    /** What to do, as a stable id. */
    public enum Kind implements Token {
        /** Leave it in the language it is in. */
        KEEP,
        /** A Rust candidate not in Rust: look at a move, with its payback. */
        CONSIDER_RUST,
        /** A strong Go fit being written in Rust while it is new: changing course is still cheap. */
        RECONSIDER_RUST,
        /** A question only a person can answer. */
        REVIEW,
        /** Too little is written to judge it: what to write first. */
        DESCRIBE,
        /** Not written yet, and Go fits. */
        BUILD_GO,
        /** Not written yet, and its requirements demand Rust. */
        BUILD_RUST
    }

    /** {@code keep}, {@code consider-rust}, ...: the kind's id. */
    public String id() {
        return kind.id();
    }

    /**
     * The action for a service with {@code verdict}.
     *
     * @param strongGoFit whether the verdict is a clear Go verdict ({@link Assessment#strongGoFit()})
     * @param cost the ownership economics of a move to Rust, or {@code null}
     * @param question for a {@code review}: the question a person must answer, from why it is one
     * @param today the day a recorded decision's expiry is measured against
     */
    static Action of(
            Service s, Verdict verdict, boolean strongGoFit, CostEstimate cost, String question, LocalDate today) {
        if (!s.described()) {
            return new Action(Kind.DESCRIBE, describe(s));
        }
        if (verdict == Verdict.REVIEW) {
            return new Action(Kind.REVIEW, "review: " + question + (s.language() == Language.RUST ? inRust(s) : ""));
        }
        if (s.language() == Language.UNDECIDED) {
            return verdict == Verdict.RUST
                    ? new Action(Kind.BUILD_RUST, "build it in Rust; its requirements demand it")
                    : new Action(Kind.BUILD_GO, "build it in Go; no requirement here asks for Rust");
        }
        return verdict == Verdict.RUST ? rustVerdict(s, cost, today) : goVerdict(s, strongGoFit, today);
    }

    /** A rust verdict on a service written in a language: keep it in Rust, or look at a move. */
    private static Action rustVerdict(Service s, CostEstimate cost, LocalDate today) {
        Language language = s.language();
        if (language == Language.RUST) {
            return new Action(Kind.KEEP, "keep; it is in Rust, where its requirements put it");
        }
        // A service running in Go is a candidate beyond the horizon only for a high defect or safety cost.
        String payback = cost == null
                ? "; write spec.resources.monthlyCost or instances to see its payback"
                : ": it " + cost.payback()
                        + (language == Language.GO && !cost.paysBack() ? ", so the case rests on its defect cost" : "");
        if (decided(s, today)) {
            return s.decisionLanguage() == Language.RUST
                    ? new Action(Kind.CONSIDER_RUST, "move to Rust, as decided" + decision(s) + payback)
                    : new Action(
                            Kind.KEEP,
                            "keep in " + name(language) + ", as decided" + decision(s) + "; a move to Rust"
                                    + (cost == null ? " has no payback estimate" : " " + cost.payback()));
        }
        return new Action(
                Kind.CONSIDER_RUST,
                "consider a move to Rust" + payback
                        + (language == Language.GO
                                ? ""
                                : "; the guides weigh Rust against Go, so for a service in " + name(language)
                                        + " this is a prompt to look at the case, not a settled one")
                        + expired(s, today));
    }

    /**
     * A go verdict on a service written in a language: keep it, unless it is a strong Go fit still
     * new in Rust.
     */
    private static Action goVerdict(Service s, boolean strongGoFit, LocalDate today) {
        Language language = s.language();
        if (language == Language.GO) {
            return new Action(Kind.KEEP, "keep; it is in Go, and no requirement here asks for Rust");
        }
        if (language != Language.RUST) {
            return new Action(
                    Kind.KEEP,
                    "keep; no requirement here asks for Rust (the guides weigh Rust against Go for new work; for a"
                            + " service already in " + name(language) + ", keep it unless a central requirement"
                            + " comes to demand Rust)");
        }
        if (!strongGoFit) {
            return new Action(Kind.KEEP, "keep; Go fits too, but not strongly enough to change course from Rust");
        }
        if (decided(s, today)) {
            return s.decisionLanguage() == Language.RUST
                    ? new Action(Kind.KEEP, "keep in Rust, as decided" + decision(s))
                    : new Action(Kind.RECONSIDER_RUST, "move to Go, as decided" + decision(s));
        }
        String running = running(s);
        if (running != null) {
            return new Action(
                    Kind.KEEP,
                    "keep; it is a strong Go fit, but " + running
                            + ", so no rewrite is advised: new services of this kind default to Go");
        }
        return new Action(
                Kind.RECONSIDER_RUST,
                "reconsider Rust while it is new: it is a strong Go fit and nothing here asks for Rust; build it in"
                        + " Go, or record why Rust is needed in spec.decision" + expired(s, today));
    }

    /** Why a Rust service is kept whatever its fit: it runs, or its team knows no Go; {@code null} otherwise. */
    private static String running(Service s) {
        if (s.lifecycle() == Lifecycle.PRODUCTION) {
            return "it runs in Rust in production";
        }
        if (s.lifecycle() == Lifecycle.DEPRECATED) {
            return "it runs in Rust and is being retired";
        }
        return s.goExperience() == Experience.NONE ? "its team has no Go experience" : null;
    }

    /** What a review of a Rust service decides: the next service like it, or, while it is new, this one. */
    private static String inRust(Service s) {
        String running = running(s);
        return running == null
                ? " (it is new in Rust, so changing course is still cheap)"
                : " (" + running + ", so no rewrite is advised: the answer is for the next service like it)";
    }

    /** A recorded decision that has not expired, as the policy's {@code decision-recorded} reads it. */
    private static boolean decided(Service s, LocalDate today) {
        LocalDate expires = s.decisionExpires();
        return s.decisionLanguage() != null && (expires == null || !today.isAfter(expires));
    }

    /** " (the decision recorded expired on 2027-10-01)", for an expired decision; else nothing. */
    private static String expired(Service s, LocalDate today) {
        return s.decisionLanguage() != null && !decided(s, today)
                ? " (the decision recorded expired on " + s.decisionExpires() + ")"
                : "";
    }

    /** " in spec.decision (docs/adr/7.md, until 2027-10-01)": the record and the expiry, where given. */
    private static String decision(Service s) {
        List<String> parts = new ArrayList<>();
        if (s.decisionRecord() != null) {
            parts.add(s.decisionRecord());
        }
        if (s.decisionExpires() != null) {
            parts.add("until " + s.decisionExpires());
        }
        return " in spec.decision" + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    /** The first things to write for a Backstage Component scored without annotations. */
    private static String describe(Service s) {
        List<String> figures = new ArrayList<>();
        for (Field f : List.of(Field.PEAK_RPS, Field.P99_LATENCY_MS, Field.MEMORY_BUDGET_MIB, Field.CRITICALITY)) {
            if (!s.has(f)) {
                figures.add(f.annotation());
            }
        }
        return "describe it first: add " + Field.ROLE.annotation()
                + (figures.isEmpty() ? "" : ", then the figures you know (" + String.join(", ", figures) + ")")
                + "; until then the verdict rests on its language and what the repository shows";
    }

    /** The language as prose names it. */
    static String name(Language language) {
        return switch (language) {
            case GO -> "Go";
            case RUST -> "Rust";
            case JAVA -> "Java";
            case KOTLIN -> "Kotlin";
            case PYTHON -> "Python";
            case NODE -> "Node.js";
            case DOTNET -> ".NET";
            case CPP -> "C++";
            case C -> "C";
            case OTHER -> "another language";
            case UNDECIDED -> "a language not yet chosen";
        };
    }
}
