package org.yandu.about;

import java.util.List;

/**
 * One third-party work Yandu uses: a bundled artifact (as its POM describes it) or CC-CEDICT imported into the
 * library.
 *
 * @param id         {@code groupId:artifactId} of a bundled artifact, {@code cc-cedict} for the dictionary
 * @param licences   the licence names as the project states them (several for dual-licensed work)
 * @param licenceUrls where the project says its licences are published, in no particular order
 */
public record ThirdPartyComponent(String id, String name, String version, String url, List<String> licences,
                                  List<String> licenceUrls) {
    public ThirdPartyComponent {
        licences = List.copyOf(licences);
        licenceUrls = List.copyOf(licenceUrls);
    }

    /** The artifact id, or the whole id for something that is not a Maven artifact. */
    public String artifactId() {
        return id.substring(id.indexOf(':') + 1);
    }

    /** The licences as one line, for a table cell. */
    public String licence() {
        return String.join(" / ", licences);
    }
}
