package org.yandu.importer;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;

/** The .doc and .odt files made with LibreOffice for the tests; office/README.txt says how. */
final class OfficeFixtures {
    private OfficeFixtures() {
    }

    static Path of(String name) {
        URL url = Objects.requireNonNull(OfficeFixtures.class.getResource("office/" + name), name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
