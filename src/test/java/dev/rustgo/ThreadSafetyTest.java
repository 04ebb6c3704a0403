package dev.rustgo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The goals are declared thread-safe ({@code @Mojo(threadSafe = true)}), so in a parallel build
 * ({@code mvn -T 2C}) several modules run them at once in one JVM. That is safe only while no class
 * of the plugin keeps state that one execution could change under another: this test reads every
 * compiled class and fails on any static field that is not final, any static final field holding a
 * collection, map or array that can be changed, or a value of a type known to be mutable; and on an
 * enum with a field that is not final (its constants are shared by every execution). The reactor-parallel
 * IT runs the goal so, on -T2C and -T4, and compares the reports with a serial build's.
 */
class ThreadSafetyTest {

    private static final Path CLASSES = Path.of("target/classes");

    /** Implementations of collections and maps that refuse every change. */
    private static final Pattern UNMODIFIABLE =
            Pattern.compile("java\\.util\\.(ImmutableCollections\\$.*|Collections\\$(Unmodifiable|Empty|Singleton).*)");

    /** Types whose instances can be changed by whoever holds them. */
    private static final Set<String> MUTABLE = Set.of(
            "java.lang.StringBuilder",
            "java.lang.StringBuffer",
            "java.util.Date",
            "java.util.Calendar",
            "java.util.Random",
            "java.lang.ThreadLocal",
            "java.text.SimpleDateFormat",
            "java.text.DecimalFormat",
            "java.text.NumberFormat",
            "java.util.concurrent.atomic.AtomicInteger",
            "java.util.concurrent.atomic.AtomicLong",
            "java.util.concurrent.atomic.AtomicBoolean",
            "java.util.concurrent.atomic.AtomicReference");

    @Test
    void everyGoalIsDeclaredThreadSafe() throws Exception {
        var descriptor = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(CLASSES.resolve("META-INF/maven/plugin.xml").toFile());
        var mojos = descriptor.getElementsByTagName("mojo");
        List<String> goals = new ArrayList<>();
        List<String> unsafe = new ArrayList<>();
        for (int i = 0; i < mojos.getLength(); i++) {
            var mojo = (Element) mojos.item(i);
            String goal = mojo.getElementsByTagName("goal").item(0).getTextContent();
            goals.add(goal);
            var threadSafe = mojo.getElementsByTagName("threadSafe");
            if (threadSafe.getLength() == 0
                    || !threadSafe.item(0).getTextContent().equals("true")) {
                unsafe.add(goal);
            }
        }
        assertTrue(
                goals.containsAll(List.of("audit", "baseline", "explain", "report", "scaffold", "help")),
                goals.toString());
        assertEquals(List.of(), unsafe, "goals not declared thread-safe");
    }

    @Test
    void noClassOfThePluginHoldsMutableStaticState() throws Exception {
        List<String> classes = classNames();
        assertTrue(classes.size() > 100, "the compiled classes are found: " + classes.size());
        assertTrue(classes.contains("dev.rustgo.maven.AuditMojo"), "the Mojos are checked too");
        List<String> offenders = new ArrayList<>();
        for (String name : classes) {
            Class<?> type = Class.forName(name, true, getClass().getClassLoader());
            for (Field field : type.getDeclaredFields()) {
                if (field.isSynthetic()) {
                    continue; // $VALUES of an enum, $assertionsDisabled: written once by the compiler's code
                }
                int modifiers = field.getModifiers();
                String where = name + "." + field.getName();
                if (!Modifier.isStatic(modifiers)) {
                    if (type.isEnum() && !Modifier.isFinal(modifiers)) {
                        offenders.add(where + ": a field of an enum that is not final");
                    }
                    continue;
                }
                if (!Modifier.isFinal(modifiers)) {
                    offenders.add(where + ": static and not final");
                    continue;
                }
                field.setAccessible(true);
                String problem = mutable(field.get(null));
                if (problem != null) {
                    offenders.add(where + ": " + problem);
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    /** Why {@code value} can be changed, or {@code null} if it cannot. */
    private static String mutable(Object value) {
        if (value == null) {
            return null;
        }
        Class<?> type = value.getClass();
        if (type.isArray()) {
            return Array.getLength(value) == 0 ? null : "an array of " + Array.getLength(value);
        }
        if ((value instanceof Collection<?> || value instanceof Map<?, ?>)
                && !UNMODIFIABLE.matcher(type.getName()).matches()) {
            return "a modifiable " + type.getName();
        }
        if (value instanceof Map<?, ?> map) {
            for (Object v : map.values()) {
                String inner = mutable(v);
                if (inner != null) {
                    return "a map holding " + inner;
                }
            }
        }
        if (value instanceof Collection<?> collection) {
            for (Object v : collection) {
                String inner = mutable(v);
                if (inner != null) {
                    return "a collection holding " + inner;
                }
            }
        }
        return MUTABLE.contains(type.getName()) ? "a " + type.getName() : null;
    }

    private static List<String> classNames() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> CLASSES.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.endsWith("module-info.class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        }
    }
}
