package org.yandu.importer;

import java.util.List;

/** What a web page holds of its article: the lines, title first, and what the page states about it in fields. */
record PageArticle(List<String> lines, SourceMetadata metadata) {
    PageArticle {
        lines = List.copyOf(lines);
    }
}
