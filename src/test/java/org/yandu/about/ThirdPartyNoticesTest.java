package org.yandu.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The third-party list and licence texts the build really generated (target/classes), as the About box reads them. */
class ThirdPartyNoticesTest {
    private static ThirdPartyNotices notices;

    @BeforeAll
    static void read() throws IOException {
        notices = ThirdPartyNotices.bundled();
    }

    @Test
    void listsEveryBundledComponentWithVersionAndLicence() {
        List<String> named = List.of("javafx-base", "javafx-controls", "javafx-graphics", "controlsfx", "richtextfx",
                "atlantafx-base", "hanlp", "sqlite-jdbc", "poi", "poi-ooxml", "pdfbox", "fontbox", "jsoup", "picocli",
                "jackson-databind", "slf4j-api", "logback-classic");
        for (String artifactId : named) {
            ThirdPartyComponent component = notices.byArtifactId(artifactId)
                    .orElseThrow(() -> new AssertionError(artifactId + " is not in " + ThirdPartyNotices.LIST));
            assertTrue(component.version().matches("\\S*\\d\\S*"), artifactId + " version " + component.version());
            assertFalse(component.licence().isBlank(), artifactId + " has a licence");
            assertFalse(component.name().isBlank(), artifactId + " has a name");
        }
        assertEquals("GPL-2.0 with Classpath Exception",
                notices.byArtifactId("javafx-controls").orElseThrow().licence());
        assertTrue(notices.byArtifactId("hanlp").orElseThrow().licence().contains("Apache"));
        assertTrue(notices.byArtifactId("atlantafx-base").orElseThrow().licence().contains("MIT"));
    }

    @Test
    void testLibrariesAreNotListed() {
        assertTrue(notices.byArtifactId("junit-jupiter-api").isEmpty());
        assertTrue(notices.byArtifactId("testfx-core").isEmpty());
        assertTrue(notices.byArtifactId("openjfx-monocle").isEmpty());
    }

    @Test
    void everyComponentHasItsFullLicenceText() {
        for (ThirdPartyComponent component : notices.components()) {
            String text = notices.text(component);
            assertTrue(text.length() > 900, component.id() + " has a full licence text, not just a name: " + text);
        }
    }

    @Test
    void jarsThatShipLicenceFilesShowThoseAndTheOthersTheStandardText() {
        String sqlite = notices.text(notices.byArtifactId("sqlite-jdbc").orElseThrow());
        assertTrue(sqlite.contains("META-INF/maven/org.xerial/sqlite-jdbc/LICENSE"), "the file copied from its jar");
        assertTrue(sqlite.contains("Apache License"));
        String poi = notices.text(notices.byArtifactId("poi").orElseThrow());
        assertTrue(poi.contains("META-INF/NOTICE") && poi.contains("The Apache Software Foundation"), "POI's NOTICE");
        String javafx = notices.text(notices.byArtifactId("javafx-graphics").orElseThrow());
        assertTrue(javafx.contains("GNU General Public License")
                && javafx.contains("\"CLASSPATH\" EXCEPTION TO THE GPL"));
        String controlsfx = notices.text(notices.byArtifactId("controlsfx").orElseThrow());
        assertTrue(controlsfx.contains("Oxygen icon set") && controlsfx.contains("Redistribution and use"),
                "its jar's icon notice, and the BSD licence its jar does not ship");
        String logback = notices.text(notices.byArtifactId("logback-core").orElseThrow());
        assertTrue(logback.contains("Eclipse Public License") && logback.contains("GNU LESSER GENERAL PUBLIC LICENSE"),
                "both of a dual licence");
    }

    @Test
    void everyLicenceNamedHasItsStandardText() {
        for (ThirdPartyComponent component : notices.components()) {
            for (String licence : component.licences()) {
                assertNotNull(LicenceTexts.standardKey(licence), component.id() + ": no standard text for " + licence
                        + "; merge its name in the pom's licenseMerges or add its text to META-INF/licenses/standard");
            }
        }
        assertEquals(List.of("EPL-1.0", "LGPL-2.1"), notices.byArtifactId("logback-classic").orElseThrow().licences());
    }

    @Test
    void licenceNamesMeanTheirStandardTexts() {
        assertEquals("LGPL-2.1", LicenceTexts.standardKey("LGPL-2.1"));
        assertEquals("GPL-2.0-with-classpath-exception", LicenceTexts.standardKey("GPL-2.0 with Classpath Exception"));
        assertEquals("EPL-1.0", LicenceTexts.standardKey("EPL-1.0"));
        assertEquals("Apache-2.0", LicenceTexts.standardKey("The Apache Software License, Version 2.0"));
        assertEquals("GPL-2.0-with-classpath-exception", LicenceTexts.standardKey("GPLv2+CE"));
        assertEquals("GPL-2.0-with-classpath-exception",
                LicenceTexts.standardKey("GPLv2 with the Classpath Exception"));
        assertEquals("BSD-2-Clause", LicenceTexts.standardKey("The BSD 2-Clause License"));
        assertEquals("BSD-3-Clause", LicenceTexts.standardKey("The 3-Clause BSD License"));
        assertEquals("MIT", LicenceTexts.standardKey("The MIT License"));
        assertEquals(null, LicenceTexts.standardKey("Permissive licence"), "\"permit\" is not MIT");
    }

    @Test
    void parsesOneRowPerArtifactAndRefusesABrokenList() throws IOException {
        String list = "# comment\n"
                + "org.openjfx\tjavafx-base\t21.0.5\tjavafx-base\thttps://openjfx.io\tGPLv2+CE"
                + "\thttps://openjdk.org/legal\n"
                + "org.openjfx\tjavafx-base\t21.0.5\tjavafx-base\thttps://openjfx.io\tGPLv2+CE"
                + "\thttps://openjdk.org/legal\n"
                + "ch.qos.logback\tlogback-core\t1.5.18\tLogback Core\t\tEPL 1.0 | LGPL 2.1\t\n";
        List<ThirdPartyComponent> parsed = ThirdPartyNotices.parse(new BufferedReader(new StringReader(list)));
        assertEquals(2, parsed.size());
        assertEquals("org.openjfx:javafx-base", parsed.get(0).id(), "by name: javafx-base before Logback Core");
        assertEquals("https://openjfx.io", parsed.get(0).url());
        assertEquals(List.of("EPL 1.0", "LGPL 2.1"), parsed.get(1).licences());
        assertEquals("EPL 1.0 / LGPL 2.1", parsed.get(1).licence());
        assertEquals(List.of(), parsed.get(1).licenceUrls());
        IOException broken = assertThrows(IOException.class,
                () -> ThirdPartyNotices.parse(new BufferedReader(new StringReader("a\tb\tc\n"))));
        assertTrue(broken.getMessage().contains("line 1"));
    }
}
