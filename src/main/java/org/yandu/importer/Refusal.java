package org.yandu.importer;

import java.util.Locale;
import org.yandu.failure.Reason;

/**
 * Why a file was refused, for the window to say in the reader's language ({@code refused.<name>} in its bundles,
 * with the file's name and the refusal's details); the command line prints the exception's English sentence.
 */
public enum Refusal implements Reason {
    /** The file is not there (or a link points nowhere). */
    MISSING,
    /** A folder, a device, a pipe: only regular files are read. */
    NOT_A_FILE,
    /** The system does not let Yandu read it. */
    NOT_ALLOWED,
    /** Reading it failed for another reason. */
    UNREADABLE,
    /** Over its format's size limit; details: its size, the limit. */
    TOO_LARGE,
    /** A Word 97-2003 document named .docx. */
    OLD_WORD_DOCUMENT,
    /** Named .docx but not a Word document. */
    NOT_A_WORD_DOCUMENT,
    /** Its contents are of another kind than its name says (a ZIP that is no book); details: the extension. */
    MISNAMED,
    /** Of the kind its name says, but cut short or broken; details: the extension. */
    DAMAGED,
    /** Encrypted with a password, which Yandu does not ask for. */
    PASSWORD_PROTECTED,
    /** Encrypted by a shop's copy protection (DRM), an EPUB's chapters. */
    COPY_PROTECTED,
    /** A .wps of WPS 2000 or older, not the Word 97-2003 format later versions write. */
    OLD_WPS_DOCUMENT,
    /** An RTF document under another name (Word and web tools save RTF as .doc); details: the extension. */
    RTF_DOCUMENT,
    /** Nothing in it, or no article text in a page. */
    EMPTY,
    /** Binary data, not text. */
    NOT_TEXT,
    /** Text in none of the encodings Yandu reads. */
    UNDECODABLE,
    /** A file type Yandu does not read; details: its extension. */
    UNSUPPORTED,
    /** Read, but no speech text found in it. */
    NO_SPEECH,
    /** A PDF whose pages are pictures (a scan) with no text layer. */
    SCANNED;

    /** The key of the window's sentence for it, e.g. {@code refused.too_large}. */
    @Override
    public String messageKey() {
        return "refused." + name().toLowerCase(Locale.ROOT);
    }
}
