package dev.rustgo.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The runner's escaping of a workflow command's data and properties. */
class GitHubActionsTest {

    @Test
    void dataAndPropertiesEscapeWhatTheRunnerWouldRead() {
        assertEquals("50%25%0Ax", GitHubActions.data("50%\nx"));
        assertEquals("a%3Ab%2Cc", GitHubActions.property("a:b,c"));
    }
}
