package dev.rustgo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityRefTest {

    @ParameterizedTest
    @CsvSource({
        "group:default/payments, default, payments",
        "group:payments, default, payments",
        "Group:default/payments, default, payments",
        "default/payments, default, payments",
        "payments, default, payments",
        "' payments ', default, payments",
        "user:default/jane, default, user:jane",
        "user:jane, default, user:jane",
        "group:finance/payments, default, finance/payments",
        "payments, finance, finance/payments", // a reference without a namespace is in its entity's
        "group:default/payments, finance, payments"
    })
    void ownersAreNamedAsBackstageResolvesThem(String reference, String namespace, String expected) {
        assertEquals(expected, EntityRef.canonical(reference, "group", namespace));
    }

    @ParameterizedTest
    @CsvSource({"system:default/checkout, checkout", "checkout, checkout", "system:shop/checkout, shop/checkout"})
    void systemsLikewise(String reference, String expected) {
        assertEquals(expected, EntityRef.canonical(reference, "system", "default"));
    }
}
