package org.yandu.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yandu.failure.Reason;

/**
 * The two message files read as files, not through {@code ResourceBundle} (whose Chinese bundle also answers with
 * its English parent's keys, so a key missing from it went unnoticed): the same keys in both, every key the code
 * names is there, and every key there is used.
 */
class LocalizationConsistencyTest {
    private static final Path BUNDLES = Path.of("src/main/resources/org/yandu/ui");
    private static final Path CODE = Path.of("src/main/java");
    /** Keys the code builds from a prefix and a name (a colour, a format, an order, a term's fault...). */
    private static final List<String> BUILT_FROM_A_PREFIX = List.of("allNotes.order.", "colour.", "export.format.",
            "group.trouble.", "reason.", "refused.", "restore.reason.", "search.field.", "shortcuts.key.", "source.",
            "term.invalid.");
    /** Strings in the code that look like keys and are not: settings' names, a file name. */
    private static final Set<String> NOT_KEYS = Set.of("export.options", "export.folder", "library.db");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> chinese = keys("messages_zh.properties");
        assertEquals(Set.of(), missingFrom(chinese, english), "keys messages_zh.properties lacks");
        assertEquals(Set.of(), missingFrom(english, chinese), "keys messages.properties lacks");
    }

    private static Set<String> missingFrom(Set<String> file, Set<String> other) {
        Set<String> missing = new TreeSet<>(other);
        missing.removeAll(file);
        return missing;
    }

    @Test
    void everyKeyTheCodeNamesIsThere() throws IOException {
        Set<String> keys = keys("messages.properties");
        Set<String> sections = new TreeSet<>();
        keys.forEach(k -> sections.add(k.substring(0, k.indexOf('.') + 1)));
        Set<String> missing = new TreeSet<>();
        for (String literal : literalsInCode()) {
            boolean looksLikeAKey = sections.stream().anyMatch(literal::startsWith);
            boolean aPrefixOfKeys = keys.stream().anyMatch(k -> k.startsWith(literal + "."));
            if (looksLikeAKey && !keys.contains(literal) && !aPrefixOfKeys && !NOT_KEYS.contains(literal)) {
                missing.add(literal);
            }
        }
        assertEquals(Set.of(), missing, "keys named in the code that messages.properties does not have");
    }

    @Test
    void everyKeyThereIsUsed() throws IOException {
        Set<String> literals = literalsInCode();
        Set<String> unused = new TreeSet<>();
        for (String key : keys("messages.properties")) {
            boolean built = BUILT_FROM_A_PREFIX.stream().anyMatch(key::startsWith)
                    || literals.stream().anyMatch(l -> key.startsWith(l + "."))
                    || (key.endsWith("Title") && literals.contains(key.substring(0, key.length() - "Title".length())));
            if (!literals.contains(key) && !built) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused, "keys no code uses: remove them, or list their prefix if the code builds them");
    }

    /** Every reason a failure can give the window, a constant of any enum of Yandu's that is a {@link Reason}. */
    static List<Reason> reasons() {
        List<Reason> reasons = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.yandu")) {
            if (type.isEnum() && type.isAssignableTo(Reason.class)) {
                reasons.addAll(List.of((Reason[]) type.reflect().getEnumConstants()));
            }
        }
        return reasons;
    }

    @Test
    void theReasonsAreFound() {
        assertTrue(reasons().size() > 30, "the failures', refusals', terms' and files' reasons: " + reasons());
    }

    @ParameterizedTest
    @MethodSource("reasons")
    void everyReasonIsWordedInBothLanguages(Reason reason) throws IOException {
        for (String file : List.of("messages.properties", "messages_zh.properties")) {
            String sentence = messages(file).getProperty(reason.messageKey(), "");
            assertFalse(sentence.isBlank(), reason.messageKey() + " in " + file);
        }
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(messages(file).stringPropertyNames());
    }

    private static Properties messages(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> literalsInCode() throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        return literals;
    }
}
