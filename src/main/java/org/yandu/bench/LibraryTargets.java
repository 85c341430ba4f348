package org.yandu.bench;

/**
 * The targets issue #18 sets by the generated library's size: its archive of 100,000 speeches (about 220 million
 * characters) may list a little later and hold a little more, and must store and import more tightly.
 *
 * @param listed start to library listed, against a window with one label
 * @param memory resident memory with the last speech shown, settled, against a window with one label
 * @param file the library file against its raw text in UTF-8
 * @param importShare the generated library's import against HanLP segmentation alone of its text
 */
record LibraryTargets(Target listed, Target memory, Target file, Target importShare) {
    static final int ARCHIVE = 100_000;

    /** The archive's targets from {@value #ARCHIVE} speeches up, the 10,000-speech library's below. */
    static LibraryTargets of(int speeches) {
        if (speeches >= ARCHIVE) {
            return new LibraryTargets(Target.ratioAtMost(1.5), Target.ratioAtMost(1.8), Target.ratioAtMost(2.7),
                    Target.ratioAtLeast(0.6));
        }
        return new LibraryTargets(Target.ratioAtMost(1.3), Target.ratioAtMost(1.6), Target.ratioAtMost(3),
                Target.ratioAtLeast(0.5));
    }
}
