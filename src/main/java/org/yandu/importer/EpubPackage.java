package org.yandu.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * What an EPUB's package document (the OPF that META-INF/container.xml points to) says of the book: its title, its
 * reading order (the spine) and what is not reading matter: the navigation document, the table of contents, the cover,
 * the title and copyright pages, and whatever the spine marks as outside the reading order. EPUB 2 names these in its
 * guide, EPUB 3 in the navigation document's landmarks, and the manifest marks the navigation document itself.
 *
 * @param documents the spine's content documents in reading order, as paths inside the ZIP, furniture left out
 * @param tocTargets the documents (paths, without fragment) that the table of contents points to, in its order
 * @param tocLabels each such document's label in the table of contents, its first when it has several
 */
record EpubPackage(@Nullable String title, List<String> documents, List<String> tocTargets,
                   Map<String, String> tocLabels) {
    /** The parts of a package document, which lists a book's files and never holds its text. */
    static final long MAX_PACKAGE_PART = 5 * SourceBytes.MB;
    private static final String CONTAINER = "META-INF/container.xml";
    private static final Pattern FURNITURE = Pattern.compile("cover|title-?page|copyright(-page)?|toc|landmarks"
            + "|colophon|imprint|other\\.ms-coverimage(-standard)?");

    static EpubPackage read(ZipPackage epub) throws UnreadableSourceException {
        if (!epub.has(CONTAINER)) {
            throw epub.misnamed(CONTAINER + ", which every EPUB book has");
        }
        Element rootfile = xml(epub.read(CONTAINER, MAX_PACKAGE_PART)).selectFirst("rootfile[full-path]");
        if (rootfile == null) {
            throw epub.misnamed("a package document named in " + CONTAINER);
        }
        String opfPath = resolve("", rootfile.attr("full-path"));
        Document opf = xml(epub.read(opfPath, MAX_PACKAGE_PART));
        String base = folder(opfPath);
        Map<String, Element> manifest = new HashMap<>();
        for (Element item : opf.select("manifest > item[id][href]")) {
            manifest.put(item.attr("id"), item);
        }
        Element nav = opf.select("manifest > item[href]").stream()
                .filter(item -> words(item.attr("properties")).contains("nav")).findFirst().orElse(null);
        Element ncx = manifest.get(opf.select("spine").attr("toc"));
        Map<String, String> toc = new LinkedHashMap<>();
        Set<String> furniture = new HashSet<>();
        for (Element reference : opf.select("guide > reference[href]")) {
            if (FURNITURE.matcher(reference.attr("type").toLowerCase(Locale.ROOT)).matches()) {
                furniture.add(resolve(base, reference.attr("href")));
            }
        }
        if (nav != null) {
            String navPath = resolve(base, nav.attr("href"));
            furniture.add(navPath);
            readNavigation(epub, navPath, toc, furniture);
        } else if (ncx != null) {
            String ncxPath = resolve(base, ncx.attr("href"));
            for (Element point : xml(epub.read(ncxPath, MAX_PACKAGE_PART)).select("navPoint")) {
                Element content = point.selectFirst("> content[src]");
                Element label = point.selectFirst("> navLabel");
                if (content != null) {
                    toc.putIfAbsent(resolve(folder(ncxPath), content.attr("src")), label == null ? "" : label.text());
                }
            }
        }
        List<String> documents = opf.select("spine > itemref[idref]").stream()
                .filter(ref -> !"no".equals(ref.attr("linear")))
                .map(ref -> manifest.get(ref.attr("idref")))
                .filter(item -> item != null && !words(item.attr("properties")).contains("nav"))
                .map(item -> resolve(base, item.attr("href")))
                .filter(path -> !furniture.contains(path))
                .toList();
        Element title = opf.selectFirst("metadata > dc|title, metadata > title");
        return new EpubPackage(title == null || title.text().isBlank() ? null : title.text().strip(), documents,
                List.copyOf(toc.keySet()), toc);
    }

    /** EPUB 3's navigation document: its table of contents, and its landmarks (the cover, the copyright page). */
    private static void readNavigation(ZipPackage epub, String navPath, Map<String, String> toc,
            Set<String> furniture) throws UnreadableSourceException {
        Document navigation = Jsoup.parse(new String(epub.read(navPath, MAX_PACKAGE_PART), StandardCharsets.UTF_8));
        String base = folder(navPath);
        for (Element nav : navigation.select("nav")) {
            String type = nav.attr("epub:type");
            for (Element link : nav.select("a[href]")) {
                String target = resolve(base, link.attr("href"));
                if (type.contains("landmarks")) {
                    if (FURNITURE.matcher(link.attr("epub:type").toLowerCase(Locale.ROOT)).matches()) {
                        furniture.add(target);
                    }
                } else if (type.contains("toc")) {
                    toc.putIfAbsent(target, link.text());
                }
            }
        }
    }

    private static Document xml(byte[] bytes) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.xmlParser());
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes in memory", e);
        }
    }

    private static List<String> words(String attribute) {
        return List.of(attribute.strip().split("\\s+"));
    }

    /** The folder of a path inside the ZIP, with its slash: "OEBPS/" of "OEBPS/content.opf". */
    static String folder(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    /**
     * A link's target as a path inside the ZIP: relative to {@code base}, without its fragment, percent-escapes
     * decoded ("Text/%E7%AB%A0.xhtml"), "." and ".." resolved.
     */
    static String resolve(String base, String href) {
        int fragment = href.indexOf('#');
        String path = fragment < 0 ? href : href.substring(0, fragment);
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A stray % in a name written unescaped: the name is as written.
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : ((path.startsWith("/") ? "" : base) + path).split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
