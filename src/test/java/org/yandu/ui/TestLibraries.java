package org.yandu.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yandu.library.ImportRecord;
import org.yandu.library.LibraryStore;
import org.yandu.library.ParagraphDraft;
import org.yandu.library.ParagraphKind;
import org.yandu.library.SourceFile;
import org.yandu.library.SpeechDraft;

/** Small real libraries for the view-model and window tests. */
public final class TestLibraries {
    public static final String COLLECTION_TITLE = "2024年讲话选编";
    public static final String CLASSROOM_TITLE = "在全国教育大会上的讲话";
    public static final String CLASSROOM_BODY = "教育是强国建设、民族复兴之基。我们要坚持把优先发展教育事业作为推动党和国家各项事业发展的重要先手棋。";
    public static final String VILLAGE_TITLE = "关于乡村振兴的几点思考";
    public static final String LOOSE_TITLE = "群众路线是党的生命线";
    /** A speech of 54,000 characters in 300 paragraphs under numbered parts, for jumps and scrolling. */
    public static final String LONG_TITLE = "长篇讲话";

    private TestLibraries() {
    }

    /** Two collections sharing one speech, and one speech in no collection. */
    public static LibraryStore open(Path dir) {
        LibraryStore store = LibraryStore.open(dir.resolve("library.db"));
        SpeechDraft classroom = classroom();
        store.recordImport(source(dir, "collection-a.html"), COLLECTION_TITLE, List.of(classroom, village()));
        store.recordImport(source(dir, "collection-b.html"), "教育专题", List.of(classroom));
        store.recordImport(source(dir, "loose.txt"), null, List.of(loose()));
        return store;
    }

    /** The library of {@link #open}, with the long speech ({@link #LONG_TITLE}) beside it; closed again. */
    public static void openWithLongSpeech(Path dir) {
        try (LibraryStore store = open(dir)) {
            add(store, dir, "long.txt", longSpeech(LONG_TITLE, 300, 180));
        }
    }

    public static ImportRecord add(LibraryStore store, Path dir, String fileName, SpeechDraft speech) {
        return store.recordImport(source(dir, fileName), null, List.of(speech));
    }

    static SpeechDraft classroom() {
        return new SpeechDraft(CLASSROOM_TITLE, false, "2024年9月9日", "习近平", "2024-09-09",
                "论述教育强国建设。", List.of("教育", "强国"), List.of(
                new ParagraphDraft(ParagraphKind.TITLE, 0, null, CLASSROOM_TITLE),
                new ParagraphDraft(ParagraphKind.SUBTITLE, 0, null, "2024年9月9日"),
                new ParagraphDraft(ParagraphKind.AUTHOR, 0, null, "习近平"),
                ParagraphDraft.body(CLASSROOM_BODY),
                new ParagraphDraft(ParagraphKind.HEADING, 1, null, "一、坚持党的全面领导"),
                new ParagraphDraft(ParagraphKind.BODY, 0, "一是", "一是把牢政治方向。教育是国之大计、党之大计。"),
                new ParagraphDraft(ParagraphKind.BODY, 0, "二是", "二是健全体制机制，形成合力。"),
                new ParagraphDraft(ParagraphKind.HEADING, 2, null, "（一）深化教育综合改革"),
                ParagraphDraft.body("改革是教育发展的根本动力。"),
                new ParagraphDraft(ParagraphKind.HEADING, 1, null, "二、建设高素质教师队伍"),
                new ParagraphDraft(ParagraphKind.BODY, 0, "第一", "第一，要弘扬教育家精神，让教师成为最受尊重的职业。")));
    }

    static SpeechDraft village() {
        return new SpeechDraft(VILLAGE_TITLE, false, null, null, null, null, List.of(), List.of(
                new ParagraphDraft(ParagraphKind.TITLE, 0, null, VILLAGE_TITLE),
                ParagraphDraft.body("乡村振兴是实现中华民族伟大复兴的一项重大任务。"),
                ParagraphDraft.body("要坚持农业农村优先发展。")));
    }

    static SpeechDraft loose() {
        return new SpeechDraft(LOOSE_TITLE, true, null, null, null, null, List.of(), List.of(
                ParagraphDraft.body("群众路线是我们党的生命线和根本工作路线。"),
                new ParagraphDraft(ParagraphKind.HEADING, 3, null, "1. 树立正确的感情观"),
                ParagraphDraft.body("对人民群众的感情，直接检验党员干部人生境界的高低。")));
    }

    /** A speech of about {@code chars} characters in many paragraphs, to measure opening and scrolling. */
    public static SpeechDraft longSpeech(String title, int paragraphs, int charsEach) {
        String sentence = "全面建设社会主义现代化国家，必须坚持以人民为中心的发展思想。";
        List<ParagraphDraft> drafts = new ArrayList<>();
        drafts.add(new ParagraphDraft(ParagraphKind.TITLE, 0, null, title));
        for (int i = 0; i < paragraphs; i++) {
            if (i % 25 == 0) {
                drafts.add(new ParagraphDraft(ParagraphKind.HEADING, 1, null, "第" + (i / 25 + 1) + "部分"));
            }
            drafts.add(ParagraphDraft.body(i + "、" + sentence.repeat(Math.max(1, charsEach / sentence.length()))));
        }
        return new SpeechDraft(title, false, null, null, null, null, List.of(), drafts);
    }

    private static SourceFile source(Path dir, String name) {
        return new SourceFile(dir.resolve(name).toString(), name, "txt", "UTF-8", 100, "hash-" + name);
    }
}
