package org.yandu.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GlossaryTest {

    private static final String CEDICT = String.join("\n",
            "傳統 传统 [chuan2 tong3] /tradition/",
            "群眾 群众 [qun2 zhong4] /the masses/",
            "路線 路线 [lu4 xian4] /route/political line/",
            "群眾路線 群众路线 [qun2 zhong4 lu4 xian4] /the mass line/",
            "黨 党 [dang3] /party/",
            "黨風 党风 [dang3 feng1] /party style/",
            "廉政 廉政 [lian2 zheng4] /honest government/",
            "建設 建设 [jian4 she4] /to build/",
            "為 为 [wei2] /as/",
            "為 为 [wei4] /for/",
            "人民 人民 [ren2 min2] /the people/",
            "服務 服务 [fu2 wu4] /service/to serve/",
            "好 好 [hao3] /good/",
            "後 后 [hou4] /back/behind/",
            "后 后 [hou4] /empress/",
            "學習 学习 [xue2 xi2] /to learn/",
            "");

    private List<GlossaryEntry> cedict;
    private List<GlossaryEntry> study;
    private Glossary glossary;

    @BeforeEach
    void build() throws IOException {
        cedict = new ArrayList<>();
        CedictParser.parse(new BufferedReader(new StringReader(CEDICT)), cedict::add);
        study = List.of(
                GlossaryEntry.study("群众路线", "qún zhòng lù xiàn", "党的根本工作路线", "the mass line", null, List.of("群众路线")),
                GlossaryEntry.study("党风廉政建设", "dǎng fēng lián zhèng jiàn shè", "解释", "clean governance", null,
                        List.of("廉政")));
        glossary = new Glossary(study, cedict, List.of(
                GlossaryEntry.user("群众路线", "qún zhòng lù xiàn", "我的笔记", "my note", List.of("笔记"))));
    }

    private static List<GlossarySource> sources(List<GlossaryEntry> entries) {
        return entries.stream().map(GlossaryEntry::source).toList();
    }

    private static List<String> texts(LookupResult r) {
        return r.parts().stream().map(LookupResult.Part::text).toList();
    }

    @Test
    void exactEntriesComeStudyFirstThenUserThenCedict() {
        LookupResult r = glossary.lookup(" 群众路线 ");
        assertEquals("群众路线", r.query());
        assertEquals(List.of(GlossarySource.STUDY, GlossarySource.USER, GlossarySource.CEDICT), sources(r.exact()));
        assertEquals("my note", r.exact(GlossarySource.USER).get(0).english());
        assertEquals(List.of("群众", "路线"), texts(r), "a found word still shows its components");
        assertEquals(3, glossary.size(GlossarySource.STUDY) + glossary.size(GlossarySource.USER));
        assertEquals(16, glossary.size(GlossarySource.CEDICT));
    }

    @Test
    void theStudyGroupsTermsComeAfterTheStudyGlossaryAndBeforeTheUsers() {
        glossary.setGroupEntries(List.of(GlossaryEntry.group("群众路线", "qún zhòng lù xiàn", "小组的说明", null,
                List.of()), GlossaryEntry.group("自我革命", "zì wǒ gé mìng", null, "self-revolution", List.of())));
        assertEquals(List.of(GlossarySource.STUDY, GlossarySource.GROUP, GlossarySource.USER, GlossarySource.CEDICT),
                sources(glossary.lookup("群众路线").exact()));
        assertEquals(List.of("自我革命", "党风"), texts(glossary.lookup("自我革命党风")), "a part of longer text");
        assertEquals(2, glossary.size(GlossarySource.GROUP));
        assertThrows(IllegalArgumentException.class, () -> glossary.setGroupEntries(study));
        glossary.setGroupEntries(List.of());
        assertTrue(glossary.lookup("自我革命").exact().isEmpty());
    }

    @Test
    void aTermIsAStudyGroupOrUserEntryNeverCedictsAlone() {
        assertTrue(glossary.isTerm("群众路线"), "study and user");
        assertTrue(glossary.isTerm("党风廉政建设"), "study");
        assertFalse(glossary.isTerm("人民"), "CC-CEDICT alone");
        assertFalse(glossary.isTerm("自我革命"));
        glossary.setGroupEntries(List.of(GlossaryEntry.group("自我革命", "zì wǒ gé mìng", null, null, List.of())));
        assertTrue(glossary.isTerm("自我革命"), "the group's");
        glossary.putUserEntry(GlossaryEntry.user("学习强国", "xué xí qiáng guó", null, null, List.of()));
        assertTrue(glossary.isTerm(" 学习强国 "), "the user's, as the other lookups strip the form");
    }

    @Test
    void traditionalFormsAreFound() {
        assertEquals(glossary.lookup("群众路线").exact(GlossarySource.CEDICT), glossary.lookup("群眾路線").exact());
        assertEquals("chuán tǒng", glossary.lookup("傳統").exact().get(0).pinyin());
        // 后 is the simplified form of both 后 and 後; 後 finds only its own entry.
        assertEquals(List.of("back", "empress"),
                glossary.lookup("后").exact().stream().map(e -> e.definitions().get(0)).toList());
        assertEquals(List.of("back"), glossary.lookup("後").exact().stream().map(e -> e.definitions().get(0)).toList());
        // Every reading of a character is kept.
        assertEquals(List.of("wéi", "wèi"), glossary.lookup("为").exact().stream().map(GlossaryEntry::pinyin).toList());
    }

    @Test
    void unknownWordsFallBackToLongestWordsThenCharacters() {
        LookupResult r = glossary.lookup("群众路线好");
        assertFalse(r.hasExact());
        assertEquals(List.of("群众路线", "好"), texts(r));
        assertEquals(List.of(GlossarySource.STUDY, GlossarySource.USER, GlossarySource.CEDICT),
                sources(r.parts().get(0).entries()));

        LookupResult serve = glossary.lookup("为人民服务");
        assertFalse(serve.hasExact());
        assertEquals(List.of("为", "人民", "服务"), texts(serve));
        assertEquals(List.of(0, 1, 3), serve.parts().stream().map(LookupResult.Part::start).toList());
        assertEquals(List.of("wéi", "wèi"),
                serve.parts().get(0).entries().stream().map(GlossaryEntry::pinyin).toList());

        LookupResult traditional = glossary.lookup("群眾路線建設");
        assertEquals(List.of("群眾路線", "建設"), texts(traditional));

        // Characters nobody knows still come back as their own parts; non-Han runs stay together.
        LookupResult odd = glossary.lookup("学习龘龘, OK党");
        assertEquals(List.of("学习", "龘", "龘", ", OK", "党"), texts(odd));
        assertTrue(odd.parts().get(0).found());
        assertFalse(odd.parts().get(1).found());
        assertFalse(odd.isEmpty());
        assertEquals("学习龘龘, OK党", String.join("", texts(odd)));

        assertTrue(glossary.lookup("龘").isEmpty());
        assertEquals(List.of(), glossary.lookup("好").parts(), "a single character has no parts");
        assertTrue(glossary.lookup("   ").isEmpty());
        assertTrue(glossary.lookup(null).isEmpty());
    }

    @Test
    void studyTermsAlsoSplitIntoComponents() {
        LookupResult r = glossary.lookup("党风廉政建设");
        assertEquals(List.of(GlossarySource.STUDY), sources(r.exact()));
        assertEquals(List.of("党风", "廉政", "建设"), texts(r));
    }

    @Test
    void surrogatePairsAreNeverCut() {
        String rare = "\uD840\uDC00"; // U+20000, a CJK Extension B character
        Glossary g = new Glossary(List.of(), cedict, List.of());
        LookupResult r = g.lookup("党" + rare + "好");
        assertEquals(List.of("党", rare, "好"), texts(r));
    }

    @Test
    void userTermsAreVisibleAtOnce() {
        assertFalse(glossary.lookup("学习小组").hasExact());
        assertEquals(List.of("学习", "小", "组"), texts(glossary.lookup("学习小组")));

        assertNull(glossary.putUserEntry(
                GlossaryEntry.user("学习小组", "xué xí xiǎo zǔ", "一起学习的小组", "study group", List.of())));
        LookupResult found = glossary.lookup("学习小组");
        assertEquals(List.of(GlossarySource.USER), sources(found.exact()));
        assertEquals(List.of("学习小组", "的"), texts(glossary.lookup("学习小组的")));

        GlossaryEntry updated = GlossaryEntry.user("学习小组", "xué xí xiǎo zǔ", "更新", "study circle", List.of("组织"));
        assertEquals("study group", glossary.putUserEntry(updated).english());
        assertEquals("study circle", glossary.lookup("学习小组").exact().get(0).english());

        assertTrue(glossary.removeUserEntry("学习小组"));
        assertFalse(glossary.removeUserEntry("学习小组"));
        assertFalse(glossary.lookup("学习小组").hasExact());
        assertEquals(List.of("群众路线"), glossary.userEntries().stream().map(GlossaryEntry::term).toList());

        glossary.setUserEntries(List.of());
        assertEquals(List.of(GlossarySource.STUDY, GlossarySource.CEDICT), sources(glossary.lookup("群众路线").exact()));
    }

    @Test
    void sourcesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> glossary.putUserEntry(study.get(0)));
        assertThrows(IllegalArgumentException.class, () -> glossary.setCedict(study));
        assertThrows(IllegalArgumentException.class, () -> GlossaryEntry.user(" ", "", null, null, null));
        GlossaryEntry e = GlossaryEntry.user("词", null, " ", "", null);
        assertEquals("", e.pinyin());
        assertNull(e.explanation());
        assertNull(e.english());
        assertEquals(List.of(), e.tags());
        assertEquals("", e.meaning());
    }

    @Test
    void lookupsOnOtherThreadsWhileTheUserEdits() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch readersStarted = new CountDownLatch(2);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                readers.add(pool.submit(() -> {
                    int n = 0;
                    // Each reader looks up at least once while the edits run, however late its thread starts.
                    readersStarted.countDown();
                    do {
                        LookupResult r = glossary.lookup("学习小组");
                        // Either the term is there, whole and as the only exact entry, or it is not.
                        if (r.hasExact()) {
                            assertEquals(1, r.exact().size());
                            assertEquals("学习小组", r.exact().get(0).term());
                        } else {
                            assertEquals(List.of("学习", "小", "组"), texts(r));
                        }
                        assertEquals(List.of(GlossarySource.STUDY, GlossarySource.USER, GlossarySource.CEDICT),
                                sources(glossary.lookup("群众路线").exact()));
                        n++;
                    } while (!stop.get());
                    return n;
                }));
            }
            assertTrue(readersStarted.await(30, TimeUnit.SECONDS));
            for (int i = 0; i < 2000; i++) {
                glossary.putUserEntry(GlossaryEntry.user("学习小组", "xué xí xiǎo zǔ", "v" + i, null, List.of()));
                glossary.removeUserEntry("学习小组");
            }
            stop.set(true);
            for (Future<Integer> f : readers) {
                assertTrue(f.get(30, TimeUnit.SECONDS) > 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The real CC-CEDICT beside the study glossary: who answers first, phrases split into known words. */
    @Test
    void realCedictAnswersAfterTheStudyGlossary() throws IOException {
        Path real = CedictFileTest.realFile();
        assumeTrue(Files.isRegularFile(real), "CC-CEDICT not present at " + real);
        // How fast it loads and answers is measured by the bench ("glossary lookup, all sources").
        Glossary g = new Glossary(StudyGlossary.load(), CedictFile.read(real).entries(), List.of());
        LookupResult r = g.lookup("为人民服务");
        assertEquals(GlossarySource.STUDY, r.exact().get(0).source());
        assertTrue(r.exact().stream().anyMatch(e -> e.source() == GlossarySource.CEDICT));
        LookupResult dream = g.lookup("中华民族伟大复兴的中国梦");
        assertEquals(List.of("中华民族伟大复兴", "的", "中国梦"), texts(dream));
        assertSame(GlossarySource.STUDY, dream.parts().get(0).entries().get(0).source());
        assertTrue(g.lookup("群眾").hasExact());
    }
}
