package org.yandu.about;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yandu.glossary.CedictHeader;
import org.yandu.glossary.GlossaryService;

/**
 * The third-party software in Yandu, each with its licence text: the artifacts bundled in the jar, read from the list
 * the build writes from their POMs ({@link #LIST}, so it cannot go stale), and CC-CEDICT when the library has it
 * imported (it is not bundled, but it is the user's copy of a CC BY-SA work shown by Yandu, so it is attributed).
 */
public final class ThirdPartyNotices {
    /** Written by license-maven-plugin from {@code src/license/third-party.tsv.ftl}. */
    public static final String LIST = "META-INF/licenses/THIRD-PARTY.tsv";
    /** The id of CC-CEDICT's row, which the window attributes in its own words. */
    public static final String CEDICT_ID = "cc-cedict";
    static final String CEDICT_PAGE = "https://www.mdbg.net/chinese/dictionary?page=cc-cedict";
    static final String CC_BY_SA_PAGE = "https://creativecommons.org/licenses/by-sa/4.0/";
    private static final int COLUMNS = 7;

    private final Map<ThirdPartyComponent, String> texts;

    private ThirdPartyNotices(Map<ThirdPartyComponent, String> texts) {
        this.texts = texts;
    }

    /**
     * The bundled artifacts, and CC-CEDICT if it is imported into the library at {@code libraryFile} (null: no
     * library open). Reads files: not on the FX thread.
     */
    public static ThirdPartyNotices forLibrary(@Nullable Path libraryFile) throws IOException {
        ThirdPartyNotices bundled = bundled();
        if (libraryFile == null) {
            return bundled;
        }
        return GlossaryService.importedCedictHeader(libraryFile).map(bundled::withCedict).orElse(bundled);
    }

    /** The artifacts bundled in this jar (or build), with their licence texts. */
    public static ThirdPartyNotices bundled() throws IOException {
        URL list = ThirdPartyNotices.class.getClassLoader().getResource(LIST);
        if (list == null) {
            throw new IOException(LIST + " is missing: this build was made without the third-party list");
        }
        List<ThirdPartyComponent> components;
        try (Reader reader = new InputStreamReader(list.openStream(), StandardCharsets.UTF_8)) {
            components = parse(new BufferedReader(reader));
        }
        LicenceTexts licences = LicenceTexts.beside(list);
        Map<ThirdPartyComponent, String> texts = new LinkedHashMap<>();
        for (ThirdPartyComponent component : components) {
            texts.put(component, textOf(component, licences));
        }
        return new ThirdPartyNotices(texts);
    }

    /**
     * The list's lines: tab-separated groupId, artifactId, version, name, url, licences, licence urls (lists joined
     * by {@code " | "}); {@code #} starts a comment. One row per artifact (JavaFX's platform jars share their
     * artifact's row), ordered by name.
     */
    static List<ThirdPartyComponent> parse(BufferedReader reader) throws IOException {
        Map<String, ThirdPartyComponent> byId = new LinkedHashMap<>();
        String line;
        for (int number = 1; (line = reader.readLine()) != null; number++) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != COLUMNS) {
                throw new IOException(LIST + " line " + number + ": " + cells.length + " columns, not " + COLUMNS);
            }
            String id = cells[0] + ":" + cells[1];
            byId.putIfAbsent(id, new ThirdPartyComponent(id, cells[3], cells[2], cells[4], list(cells[5]),
                    list(cells[6])));
        }
        List<ThirdPartyComponent> components = new ArrayList<>(byId.values());
        components.sort(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT)));
        return components;
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The jar's own licence and notice files; where it ships no licence itself, the standard text of each licence
     * its POM names, and where the project publishes it.
     */
    private static String textOf(ThirdPartyComponent component, LicenceTexts licences) {
        StringBuilder text = new StringBuilder(licences.bundled(component.artifactId()));
        if (licences.shipsLicence(component.artifactId())) {
            return text.toString().strip();
        }
        for (String licence : component.licences()) {
            String standard = licences.standard(licence);
            text.append(LicenceTexts.heading(licence)).append(standard.isEmpty() ? "" : standard.strip() + "\n\n");
        }
        component.licenceUrls().forEach(url -> text.append(url).append('\n'));
        return text.toString().strip();
    }

    /**
     * These notices and CC-CEDICT's: its licence (CC BY-SA 4.0, whose page the header names) and the header of the
     * copy imported into the library, with MDBG's credits.
     */
    public ThirdPartyNotices withCedict(CedictHeader header) {
        String version = header.date().map(d -> d.length() >= 10 ? d.substring(0, 10) : d)
                .or(header::version).orElse("");
        ThirdPartyComponent cedict = new ThirdPartyComponent(CEDICT_ID, "CC-CEDICT (MDBG)", version, CEDICT_PAGE,
                List.of("CC BY-SA 4.0"), List.of(header.licenceUrl().orElse(CC_BY_SA_PAGE)));
        // The attribution sentence is the window's, in its language; this is the dictionary's own header.
        String notice = LicenceTexts.heading("CC-CEDICT") + header.noticeText();
        Map<ThirdPartyComponent, String> withCedict = new LinkedHashMap<>();
        texts.forEach((component, text) -> {
            if (!component.id().equals(CEDICT_ID)) {
                withCedict.put(component, text);
            }
        });
        withCedict.put(cedict, notice.strip());
        return new ThirdPartyNotices(withCedict);
    }

    /** In the order to show them: the bundled artifacts by name, then CC-CEDICT. */
    public List<ThirdPartyComponent> components() {
        return List.copyOf(texts.keySet());
    }

    public Optional<ThirdPartyComponent> byArtifactId(String artifactId) {
        return texts.keySet().stream().filter(c -> c.artifactId().equals(artifactId)).findFirst();
    }

    /** The full licence (and notice) text to show for {@code component}. */
    public String text(ThirdPartyComponent component) {
        return texts.getOrDefault(component, "");
    }
}
