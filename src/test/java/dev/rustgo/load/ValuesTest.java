package dev.rustgo.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustgo.model.Criticality;
import dev.rustgo.model.Deployment;
import dev.rustgo.model.Field;
import dev.rustgo.model.Language;
import dev.rustgo.model.Milestone;
import dev.rustgo.model.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    private static Object ok(Field field, String text) {
        Values.Converted converted = Values.convert(field, text);
        assertFalse(converted.failed(), () -> field + " '" + text + "': " + converted.error());
        assertNull(converted.error());
        return converted.value();
    }

    private static String error(Field field, String text) {
        Values.Converted converted = Values.convert(field, text);
        assertTrue(converted.failed(), () -> field + " '" + text + "' was accepted as " + converted.value());
        assertNull(converted.value());
        return converted.error();
    }

    // --- whole numbers ---

    @Test
    void countsAreDecimalAsWrittenSoALeadingZeroIsNeverOctal() {
        assertEquals(755L, ok(Field.PEAK_RPS, "0755"));
        assertEquals(8L, ok(Field.PEAK_RPS, "08"));
        assertEquals(0L, ok(Field.PEAK_RPS, "0"));
        assertEquals(999_999_999_999_999L, ok(Field.INSTANCES, "999999999999999"));
    }

    @Test
    void aCountIsALong() {
        assertEquals(Long.class, ok(Field.EXTERNAL_DEPENDENTS, "3").getClass());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "+5", "1.5", "1e3", "0x1F", "1_000", "1,000", "lots", "", " 5", "٣"})
    void aCountRejectsAnythingButDecimalDigits(String text) {
        assertEquals("must be a whole number of 0 or more; found '" + text + "'", error(Field.PEAK_RPS, text));
    }

    @Test
    void aCountOfMoreThanFifteenDigitsIsRefusedRatherThanOverflowing() {
        assertEquals(
                "must be a whole number of 0 or more; found '99999999999999999999'",
                error(Field.PEAK_RPS, "99999999999999999999"));
    }

    @Test
    void aPositiveCountRefusesZeroHoweverItIsWritten() {
        assertEquals("must be a whole number greater than 0; found '0'", error(Field.TEAM_SIZE, "0"));
        assertEquals("must be a whole number greater than 0; found '000'", error(Field.MEMORY_BUDGET_MIB, "000"));
        assertEquals("must be a whole number greater than 0; found '-4'", error(Field.MEMORY_BUDGET_MIB, "-4"));
        assertEquals(1L, ok(Field.TEAM_SIZE, "01"));
    }

    // --- decimal numbers ---

    @Test
    void amountsAreDecimalNumbers() {
        assertEquals(0.0, ok(Field.MONTHLY_COST, "0"));
        assertEquals(42000.0, ok(Field.MONTHLY_COST, "42000"));
        assertEquals(2.5, ok(Field.P99_LATENCY_MS, "2.5"));
        assertEquals(0.001, ok(Field.STARTUP_BUDGET_MS, "0.001"));
        assertEquals(0.123456789, ok(Field.P99_LATENCY_MS, "0.123456789"));
        assertEquals(Double.class, ok(Field.MONTHLY_COST, "7").getClass());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "-1",
                "-0",
                ".5",
                "5.",
                "1e3",
                "1.5e2",
                ".inf",
                ".NaN",
                "NaN",
                "Infinity",
                "1,5",
                "0.1234567891",
                "2 ms"
            })
    void anAmountRejectsYamlFloatsAndSigns(String text) {
        assertEquals("must be a number of 0 or more; found '" + text + "'", error(Field.MONTHLY_COST, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "00.000", "-2"})
    void aPositiveAmountRefusesZeroAndBelow(String text) {
        assertEquals("must be a number greater than 0; found '" + text + "'", error(Field.P99_LATENCY_MS, text));
    }

    // --- dates ---

    @Test
    void datesAreIsoCalendarDates() {
        assertEquals(LocalDate.of(2027, 3, 1), ok(Field.DEADLINE, "2027-03-01"));
        assertEquals(LocalDate.of(2024, 2, 29), ok(Field.DECISION_DECIDED, "2024-02-29"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2027-02-30",
                "2023-02-29",
                "2027-13-01",
                "2027-00-10",
                "2027-3-1",
                "01/03/2027",
                "2027-03-01T00:00:00Z",
                "2027-03-01 10:00",
                "27-03-01",
                "+2027-03-01",
                "tomorrow",
                ""
            })
    void anythingElseIsNotADate(String text) {
        assertEquals("must be an ISO date (yyyy-mm-dd); found '" + text + "'", error(Field.DECISION_EXPIRES, text));
    }

    // --- names ---

    @ParameterizedTest
    @ValueSource(strings = {"a", "9", "ab", "a-b", "payments-matcher", "a--b", "0day"})
    void namesAreLowerCaseDnsLabels(String text) {
        assertEquals(text, ok(Field.NAME, text));
    }

    @Test
    void aNameOfSixtyThreeCharactersIsTheLongest() {
        String longest = "a".repeat(63);
        assertEquals(longest, ok(Field.NAME, longest));
        assertEquals(nameError("a".repeat(64)), error(Field.NAME, "a".repeat(64)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Payments", "A", "-a", "a-", "-", "a_b", "a.b", "a b", "", "ü", "paymentsMatcher"})
    void anythingElseIsNotAName(String text) {
        assertEquals(nameError(text), error(Field.NAME, text));
    }

    @Test
    void dependsOnItemsAreNamesToo() {
        assertEquals("ledger", ok(Field.DEPENDS_ON, "ledger"));
        assertEquals(nameError("Ledger"), error(Field.DEPENDS_ON, "Ledger"));
        assertEquals(Values.name("x").value(), "x");
    }

    private static String nameError(String text) {
        return "must be 1-63 characters of a-z, 0-9 and '-', starting and ending with a letter or digit; found '" + text
                + "'";
    }

    // --- text ---

    @ParameterizedTest
    @ValueSource(strings = {"on", "no", "yes", "off", "true", "0755", "2027-03-01", "~", "", "  spaced  ", "ü ✓"})
    void textIsKeptExactlyAsWritten(String text) {
        assertEquals(text, ok(Field.OWNER, text));
        assertEquals(text, ok(Field.DECISION_RECORD, text));
    }

    // --- enums ---

    @Test
    void enumValuesAreTheirLowerCaseDashedSpelling() {
        assertEquals(Language.GO, ok(Field.LANGUAGE, "go"));
        assertEquals(Language.CPP, ok(Field.LANGUAGE, "cpp"));
        assertEquals(Role.DATA_PLANE, ok(Field.ROLE, "data-plane"));
        assertEquals(Role.STREAM_PROCESSOR, ok(Field.ROLE, "stream-processor"));
        assertEquals(Criticality.CORE_INFRASTRUCTURE, ok(Field.CRITICALITY, "core-infrastructure"));
        assertEquals(Deployment.NATIVE_MODULE, ok(Field.DEPLOYMENT, "native-module"));
        assertEquals(Milestone.REPLACE_UNSTABLE, ok(Field.FIRST_MILESTONE, "replace-unstable"));
    }

    @Test
    void anEnumValueInTheWrongCaseIsRefusedWithTheRightSpelling() {
        assertEquals(
                "must be one of go, rust, java, kotlin, python, node, dotnet, cpp, c, other, undecided;"
                        + " found 'Go'; did you mean 'go'?",
                error(Field.LANGUAGE, "Go"));
    }

    @Test
    void anEnumValueWithUnderscoresIsRefusedWithTheDashedSpelling() {
        assertEquals(
                "must be one of data-plane, control-plane, admin-api, orchestration, api, worker,"
                        + " stream-processor, proxy, edge, storage, batch, tooling; found 'data_plane';"
                        + " did you mean 'data-plane'?",
                error(Field.ROLE, "data_plane"));
        assertEquals(
                "must be one of data-plane, control-plane, admin-api, orchestration, api, worker,"
                        + " stream-processor, proxy, edge, storage, batch, tooling; found 'DATA_PLANE'",
                error(Field.ROLE, "DATA_PLANE").replace("; did you mean 'data-plane'?", ""));
    }

    @Test
    void anEnumValueFarFromEveryValueGetsNoSuggestion() {
        assertEquals(
                "must be one of simple, moderate, hard; found 'impossible'", error(Field.CONCURRENCY, "impossible"));
        assertEquals("must be one of none, some, strong; found 'expert'", error(Field.RUST_EXPERIENCE, "expert"));
    }

    @Test
    void theDecisionLanguageIsOnlyGoOrRust() {
        assertEquals(List.of("go", "rust"), Field.DECISION_LANGUAGE.allowedValues());
        assertEquals(Language.RUST, ok(Field.DECISION_LANGUAGE, "rust"));
        assertEquals("must be one of go, rust; found 'java'", error(Field.DECISION_LANGUAGE, "java"));
        assertEquals(
                "must be one of go, rust; found 'Rust'; did you mean 'rust'?", error(Field.DECISION_LANGUAGE, "Rust"));
    }

    @Test
    void anEnumIsNeverReadFromItsJavaConstantName() {
        assertEquals(
                "must be one of experimental, production, deprecated; found 'PRODUCTION';"
                        + " did you mean 'production'?",
                error(Field.LIFECYCLE, "PRODUCTION"));
    }

    // --- every field ---

    @ParameterizedTest
    @EnumSource(Field.class)
    void everyFieldConvertsAValueOfItsKind(Field field) {
        String sample = switch (field.kind()) {
            case NAME, NAME_LIST -> "svc-1";
            case TEXT -> "free text";
            case COUNT, POSITIVE_COUNT -> "7";
            case AMOUNT, POSITIVE_AMOUNT -> "7.5";
            case DATE -> "2027-03-01";
            case ENUM, ENUM_LIST ->
                field.allowedValues().get(field.allowedValues().size() - 1);
        };
        Object value = ok(field, sample);
        if (field.enumType() != null) {
            assertEquals(field.enumType(), value.getClass());
        }
    }
}
