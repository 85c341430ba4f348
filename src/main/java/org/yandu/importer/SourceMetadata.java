package org.yandu.importer;

import org.jspecify.annotations.Nullable;

/**
 * What a source states about its speech outside the text, in fields of its own: a WeChat page's account name and
 * publish time. It is kept apart from the lines because no line could carry it unambiguously: an account name such
 * as 学习强国平台 or 共产党员网 is no byline {@link SpeechHeader} recognises, and a line that it did would also be
 * read as text wherever the page puts it.
 *
 * @param author who published the speech (a WeChat account), or null
 * @param date the publication date as yyyy-MM-dd, or null
 */
public record SourceMetadata(@Nullable String author, @Nullable String date) {
    /** A source that states nothing beyond its text: every file format but a WeChat page. */
    public static final SourceMetadata NONE = new SourceMetadata(null, null);
}
