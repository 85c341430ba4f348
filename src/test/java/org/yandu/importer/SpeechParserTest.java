package org.yandu.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yandu.BundledLibrary;
import org.yandu.library.ParagraphDraft;
import org.yandu.library.ParagraphKind;
import org.yandu.library.SpeechDraft;
import org.yandu.library.SpeechFingerprint;

class SpeechParserTest {
    private static final Path SPEECHES = BundledLibrary.speeches();
    private static final List<String> ALL_FILES = List.of("000", "001", "002", "003", "004");

    /** What web-page debris looks like; none of it may survive in a paragraph. */
    private static final List<Pattern> DEBRIS = Stream.of(
                    "首页", "内容页", "\\d{4}-\\d{2}-\\d{2}", "上一篇", "下一篇", "猜你喜欢", "责任编辑", "来源[:：]",
                    "^点击", "扫一扫", "打印本页", "返回顶部", "发言稿\\s*篇\\s*\\d+", "精选\\d+篇")
            .map(Pattern::compile).toList();

    private final SpeechParser parser = new SpeechParser();

    // ---- single speeches ---------------------------------------------------------------------

    @Test
    void singleSpeechesKeepTheirTitles() throws IOException {
        assertSingle(parseFile("001"), "植根人民溯党源 心系群众谋发展");
        assertSingle(parseFile("002"), "如何在工作和训练中坚持党的群众路线");
        assertSingle(parseFile("003"), "新形势下党的群众工作的根本指南");
    }

    private static void assertSingle(ParsedDocument doc, String title) {
        assertNull(doc.collectionTitle());
        assertEquals(1, doc.speeches().size());
        SpeechDraft speech = doc.speeches().get(0);
        assertEquals(title, speech.title());
        assertFalse(speech.titleDerived());
        assertEquals(new ParagraphDraft(ParagraphKind.TITLE, 0, null, title), speech.paragraphs().get(0));
        assertNull(speech.date());
    }

    @Test
    void subtitlesLoseTheirDashes() throws IOException {
        SpeechDraft s001 = only(parseFile("001"));
        assertEquals("关于党的群众路线教育实践活动几点认识", s001.subtitle());
        assertEquals(new ParagraphDraft(ParagraphKind.SUBTITLE, 0, null, s001.subtitle()), s001.paragraphs().get(1));
        SpeechDraft s003 = only(parseFile("003"));
        assertEquals("学习贯彻习近平总书记关于党的群众路线重要论述", s003.subtitle());
        assertEquals(ParagraphKind.SUBTITLE, s003.paragraphs().get(1).kind());
        assertNull(only(parseFile("002")).subtitle());
    }

    @Test
    void authorLineOf003IsTheByline() throws IOException {
        SpeechDraft speech = only(parseFile("003"));
        assertEquals("中央直属机关工委理论学习中心组", speech.author());
        assertEquals(new ParagraphDraft(ParagraphKind.AUTHOR, 0, null, "中央直属机关工委理论学习中心组"),
                speech.paragraphs().get(2));
        assertEquals(ParagraphKind.BODY, speech.paragraphs().get(3).kind());
        assertNull(only(parseFile("001")).author());
    }

    @Test
    void abstractAndKeywordsOf001AreMetadataNotParagraphs() throws IOException {
        SpeechDraft speech = only(parseFile("001"));
        assertNotNull(speech.abstractText());
        assertTrue(speech.abstractText().startsWith("针对当前第二批党的群众路线教育实践活动开展情况"), speech.abstractText());
        assertEquals(List.of("党的群众路线", "党员干部", "为政", "服务", "用权", "整风"), speech.keywords());
        for (ParagraphDraft p : speech.paragraphs()) {
            assertFalse(p.text().contains("摘 要") || p.text().contains("关键词"), p.text());
            assertFalse(p.text().contains("针对当前第二批"), p.text());
        }
        assertTrue(speech.paragraphs().get(2).text().startsWith("习近平总书记在2012年11月17日"));
    }

    @Test
    void headingsOf001() throws IOException {
        assertEquals(List.of(
                "1 一、为政心怀天下，以民为本溯党源",
                "1 二、服务身入群众，以民为师纳真言",
                "1 三、用权民字为先，以民为舟谋发展",
                "1 四、整风实字当头，以民为镜正衣冠"), headings(only(parseFile("001"))));
    }

    @Test
    void headingsOf003SplitNumberedThesesFromTheirProse() throws IOException {
        SpeechDraft speech = only(parseFile("003"));
        assertEquals(List.of(
                "1 一、习近平总书记关于党的群众路线重要论述，在新的历史起点上丰富了马克思主义群众观的理论内涵",
                "3 1. 强调始终把人民群众放在心中最高的位置。",
                "3 2. 强调群众路线是我们党的生命线和根本工作路线。",
                "3 3. 强调解决民生问题是密切党群关系的治本之策。",
                "3 4. 强调加强和改进作风建设是保持党同人民群众血肉联系的有效途径。",
                "3 5. 强调在继承中不断推动群众工作改革创新。",
                "3 6. 强调领导干部以身作则、率先垂范是贯彻党的群众路线的强大动力。",
                "1 二、习近平总书记关于党的群众路线重要论述，实现了党的群众路线在理论和实践上的新飞跃",
                "3 1. 实现了思想价值追求与工作定位布局的有机结合，开拓了贯彻群众路线的新境界。",
                "3 2. 实现了服务人民群众与加强党的自身建设的有机结合，为密切新形势下党群关系明确了目标和方向。",
                "3 3. 实现了继承传统和与时俱进的有机结合，为做好新形势下群众工作提供了新的科学路径。",
                "3 4. 实现了工作指导与人格引导的有机结合，为做好新形势下群众工作注入了新的强大动力。",
                "1 三、以习近平总书记重要论述为指引，谱写中直机关践行党的群众路线新的历史篇章",
                "3 1. 以把人民群众放在心中最高位置为标准，打牢贯彻群众路线的思想基础。",
                "3 2. 抓住服务民生这个根本，深入扎实为人民群众多办实事。",
                "3 3. 狠抓作风建设不松懈，坚决防止形成党与群众之间无形的墙。",
                "3 4. 积极创新工作方法，不断增强做好群众工作的本领。",
                "3 5. 坚持领导带头，形成上下联动、层层推动的强大正能量。"), headings(speech));
        int thesis = indexOfText(speech, "1. 强调始终把人民群众放在心中最高的位置。");
        ParagraphDraft rest = speech.paragraphs().get(thesis + 1);
        assertEquals(ParagraphKind.BODY, rest.kind());
        assertTrue(rest.text().startsWith("总书记指出，“我们任何时候都必须把人民利益放在第一位"), rest.text());
    }

    @Test
    void headingsOf002MixNumberingSchemes() throws IOException {
        assertEquals(List.of(
                "1 二、正确看待党的群众工作的新形势和新特点。",
                "2 (一)深入调研,解决群众反映强烈的热点问题。",
                "2 (二)贴近群众,加强对群众的教育。",
                "2 (三)联系群众,提高服务群众的能力。",
                "4 (4)依靠群众,努力创新群众工作。"), headings(only(parseFile("002"))));
    }

    @Test
    void leadInsOf002StayBody() throws IOException {
        SpeechDraft speech = only(parseFile("002"));
        ParagraphDraft first = speech.paragraphs().get(indexOfText(speech, "一是深刻理解始终坚持党的群众路线的重要内涵和重大意义。"));
        assertEquals(new ParagraphDraft(ParagraphKind.BODY, 0, "一是", first.text()), first);
        ParagraphDraft third = speech.paragraphs().get(indexOfText(speech, "第三,以务实的作风认真做好新时期党的群众工作。"));
        assertEquals(new ParagraphDraft(ParagraphKind.BODY, 0, "第三", third.text()), third);
    }

    @Test
    void paragraphBrokenAcrossABlankLineMidSentenceIsJoined() throws IOException {
        // 001 line 19 ends in "，" and line 21 finishes the sentence
        SpeechDraft speech = only(parseFile("001"));
        assertTrue(speech.paragraphs().stream().anyMatch(p -> p.text().contains("把身子扑下，树立干群一家的理念，")));
        assertEquals(16, speech.paragraphs().size());
    }

    // ---- collections ------------------------------------------------------------------------

    @Test
    void collection004HasTwentySixSpeechesWithDistinctReadableTitles() throws IOException {
        ParsedDocument doc = parseFile("004");
        assertEquals("2023年关于依靠群众求胜利发言稿", doc.collectionTitle());
        assertEquals(26, doc.speeches().size());
        assertReadableDistinctTitles(doc);
        assertEquals("曾说过:乐民之乐者,民亦乐其乐;忧民之忧者", doc.speeches().get(0).title());
        assertEquals("马克思主义哲学中的群众观", doc.speeches().get(12).title());
        // 篇14 and 篇23 are the same essay; the second copy is numbered, not renamed at random
        assertEquals("群众工作是一项极端重要的工作", doc.speeches().get(13).title());
        assertEquals("群众工作是一项极端重要的工作（之二）", doc.speeches().get(22).title());
        assertTrue(doc.speeches().get(25).paragraphs().get(doc.speeches().get(25).paragraphs().size() - 1)
                .text().startsWith("年轻干部在正视问题"));
    }

    @Test
    void collection000SplitsAtTheMarkedIndentAndThePieceHeader() throws IOException {
        ParsedDocument doc = parseFile("000");
        assertEquals("2025年关于依靠群众求胜利发言稿", doc.collectionTitle());
        assertEquals(30, doc.speeches().size());
        assertReadableDistinctTitles(doc);
        assertEquals("群众路线是我们党的生命线和根本工作路线", doc.speeches().get(0).title());
        assertEquals(5, doc.speeches().get(0).paragraphs().size());
        for (SpeechDraft speech : doc.speeches()) {
            for (ParagraphDraft p : speech.paragraphs()) {
                assertFalse(p.text().contains("篇28"), p.text());
            }
        }
        // the piece under the stray header is a speech of its own, opening with its first paragraph
        SpeechDraft afterHeader = doc.speeches().get(27);
        assertTrue(afterHeader.paragraphs().get(0).text().startsWith("“一切为了群众，一切依靠群众”"));
        assertEquals(4, afterHeader.paragraphs().size());
        assertTrue(doc.speeches().get(26).paragraphs().get(0).text().startsWith("中共中央组织部日前决定"));
        assertEquals(4, doc.speeches().get(26).paragraphs().size());
    }

    private static void assertReadableDistinctTitles(ParsedDocument doc) {
        Set<String> titles = new HashSet<>();
        for (SpeechDraft speech : doc.speeches()) {
            String title = speech.title();
            assertTrue(speech.titleDerived(), title);
            assertTrue(titles.add(title), "duplicate title " + title);
            String base = title.replaceFirst("（之[二三四五六七八九十]）$", "");
            assertTrue(base.length() >= 4 && base.length() <= TitleDeriver.MAX_LENGTH, title);
            assertFalse(base.matches(".*[，,。；;：:、！？!?]$"), title);
            assertFalse(title.contains("篇") || title.matches(".*\\d+$") || title.contains("Untitled"), title);
            assertTrue(Text.containsHan(title), title);
        }
    }

    @Test
    void hardWrapIn000IsJoinedAndTheSameJoinHappensIn004() throws IOException {
        for (String file : List.of("000", "004")) {
            List<ParagraphDraft> all = paragraphs(parseFile(file));
            assertTrue(all.stream().anyMatch(p -> p.text().startsWith("认真研究经济社会生活的新变化和群众工作的新特点")), file);
            assertTrue(all.stream().anyMatch(p -> p.text().matches(".*长期执政才有根本保证。坚持党的群众路线[，,]着力解决.*")), file);
            assertFalse(all.stream().anyMatch(p -> p.text().endsWith("新变化和群") || p.text().startsWith("众工作的新特点")), file);
            ParagraphDraft heading = all.stream().filter(p -> p.text().startsWith("(一)深入调研")).findFirst().orElseThrow();
            assertEquals(ParagraphKind.HEADING, heading.kind());
            assertEquals(2, heading.headingLevel());
        }
    }

    @Test
    void leadInsOf000AreRecognised() throws IOException {
        Set<String> leadIns = new HashSet<>();
        for (ParagraphDraft p : paragraphs(parseFile("000"))) {
            if (p.leadIn() != null) {
                assertEquals(ParagraphKind.BODY, p.kind(), p.text());
                assertTrue(p.text().startsWith(p.leadIn()), p.text());
                leadIns.add(p.leadIn());
            }
        }
        assertTrue(leadIns.containsAll(List.of("一是", "二是", "三是", "四是", "一要", "第一", "第二", "第三",
                "其一", "其四", "其次")), leadIns.toString());
    }

    @Test
    void unnumberedSectionTitlesIn000AreHeadings() throws IOException {
        SpeechDraft speech = parseFile("000").speeches().get(7);
        assertEquals(List.of(
                "1 树立群众观是我们党长期执政的重要法宝",
                "1 牢固树立群众观就是真正把群众放在心中最高位置",
                "1 树立群众观要求领导干部直接联系服务群众",
                "1 树立群众观要提高领导干部做群众工作的本领"), headings(speech));
    }

    // ---- every file -------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void noDebrisNoIndentNoEmptyParagraph(String file) throws IOException {
        for (ParagraphDraft p : paragraphs(parseFile(file))) {
            String text = p.text();
            assertFalse(text.isEmpty(), file);
            assertFalse(isSpace(text.charAt(0)) || isSpace(text.charAt(text.length() - 1)), file + ": [" + text + "]");
            for (Pattern debris : DEBRIS) {
                assertFalse(debris.matcher(text).find(), file + " " + debris + ": " + text);
            }
            if (p.kind() == ParagraphKind.HEADING) {
                assertTrue(p.headingLevel() >= 1 && p.headingLevel() <= 4, text);
            } else {
                assertEquals(0, p.headingLevel(), text);
            }
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
    }

    @Test
    void noSentenceOfAnySourceIsLost() throws IOException {
        for (String file : ALL_FILES) {
            String parsed = SpeechFingerprint.comparable(paragraphs(parseFile(file)).stream().map(ParagraphDraft::text)
                    .reduce("", String::concat));
            SpeechDraft first = parseFile(file).speeches().get(0);
            for (String line : Files.readAllLines(sourceFile(file))) {
                String text = Text.strip(line);
                boolean metadata = (first.abstractText() != null && text.contains(first.abstractText()))
                        || text.startsWith("【关键词】") || DebrisFilter.isDebris(text) || text.matches(".*篇\\s*\\d+")
                        || text.equals("猜你喜欢");
                if (text.contains("。") && !metadata) {
                    assertTrue(parsed.contains(SpeechFingerprint.comparable(text)), file + " lost: " + text);
                }
            }
        }
    }

    // ---- 000 against 004 --------------------------------------------------------------------

    /**
     * The two collections share most essays; the caller deduplicates on normalised text, so the
     * parser must split and join both the same way.
     */
    @Test
    void essaysShared000And004MatchAfterNormalisation() throws IOException {
        List<SpeechFingerprint> of004 = parseFile("004").speeches().stream()
                .map(s -> SpeechFingerprint.of(s.paragraphs())).toList();
        int exact = 0;
        List<String> near = new ArrayList<>();
        for (SpeechDraft speech : parseFile("000").speeches()) {
            SpeechFingerprint print = SpeechFingerprint.of(speech.paragraphs());
            if (of004.stream().anyMatch(other -> other.exact().equals(print.exact()))) {
                exact++;
            } else if (of004.stream().anyMatch(print::sameSpeechAs)) {
                near.add(speech.title());
            }
        }
        assertEquals(22, exact);
        assertEquals(3, near.size(), near.toString());
    }

    // ---- small inline cases -----------------------------------------------------------------

    @Test
    void debrisIsDroppedButSentencesMentioningItsWordsStay() {
        List<String> lines = List.of(
                "首页 > 讲话 > 正文",
                "学习体会",
                "2023-04-06演讲稿",
                "来源：某某网  责任编辑：张三",
                "　　这是第一段，说明力量的来源：人民群众，点击率再高也不如群众口碑，扫一扫身上的灰尘再出发。",
                "点击下载本文",
                "扫一扫，分享到朋友圈",
                "打印本页 | 返回顶部 | 关闭窗口",
                "上一篇：某篇 下一篇：另一篇",
                "猜你喜欢",
                "　　推荐文章的摘要，不是讲话。");
        SpeechDraft speech = only(parser.parse("x.txt", lines));
        assertEquals("学习体会", speech.title());
        assertEquals(List.of("学习体会", "这是第一段，说明力量的来源：人民群众，点击率再高也不如群众口碑，扫一扫身上的灰尘再出发。"),
                texts(speech));
    }

    @Test
    void headingIsNotJoinedOntoTheParagraphBelowIt() {
        List<String> lines = List.of(
                "题目",
                "　　一、坚持人民至上",
                "　　人民是历史的创造者，是决定党和国家前途命运的根本力量",
                "　　树立群众观是长期执政的法宝",
                "　　坚持问政于民，",
                "问需于民。",
                "　　第一句结束了。第二句没有",
                "　　（1）细化措施",
                "　　落实到位。");
        SpeechDraft speech = only(parser.parse("x.txt", lines));
        assertEquals(List.of(
                "TITLE 题目",
                "HEADING1 一、坚持人民至上",
                "BODY 人民是历史的创造者，是决定党和国家前途命运的根本力量",
                "HEADING1 树立群众观是长期执政的法宝",
                "BODY 坚持问政于民，问需于民。",
                "BODY 第一句结束了。第二句没有",
                "HEADING4 （1）细化措施",
                "BODY 落实到位。"), kinds(speech));
    }

    @Test
    void numberedProseWithALongFirstSentenceStaysBodyWithItsNumber() {
        String longSentence = "1. 要把群众路线贯穿于治国理政全部活动之中，并且落实到每一个党员干部的日常工作和生活当中去，"
                + "让群众真正满意、真正放心、真正得到实惠。随后展开。";
        List<String> lines = List.of("题目", longSentence, "1.5亿元资金投入民生工程。", "（二）完善机制", "说明。");
        SpeechDraft speech = only(parser.parse("x.txt", lines));
        assertEquals(new ParagraphDraft(ParagraphKind.BODY, 0, "1.", longSentence), speech.paragraphs().get(1));
        assertEquals(ParagraphDraft.body("1.5亿元资金投入民生工程。"), speech.paragraphs().get(2));
        assertEquals(new ParagraphDraft(ParagraphKind.HEADING, 2, null, "（二）完善机制"), speech.paragraphs().get(3));
    }

    @Test
    void bylineDateBecomesIsoDate() {
        SpeechDraft speech = only(parser.parse("x.txt", List.of(
                "在座谈会上的讲话",
                "——在群众工作座谈会上的讲话（2013年8月9日）",
                "李四",
                "同志们：",
                "今天开会。")));
        assertEquals("在群众工作座谈会上的讲话（2013年8月9日）", speech.subtitle());
        assertEquals("2013-08-09", speech.date());
        assertEquals("李四", speech.author());
        assertEquals("在座谈会上的讲话", speech.title());
        assertEquals(List.of(ParagraphKind.TITLE, ParagraphKind.SUBTITLE, ParagraphKind.AUTHOR, ParagraphKind.BODY,
                ParagraphKind.BODY), speech.paragraphs().stream().map(ParagraphDraft::kind).toList());

        SpeechDraft dated = only(parser.parse("y.txt", List.of("题目", "某某市委办公室 2014年3月", "正文。")));
        assertEquals("某某市委办公室", dated.author());
        assertEquals("2014-03", dated.date());
        assertEquals("某某市委办公室 2014年3月", dated.paragraphs().get(1).text());

        SpeechDraft labelled = only(parser.parse("z.txt", List.of("题目", "作者：王五", "（2015年12月）", "正文。")));
        assertEquals("王五", labelled.author());
        assertEquals("2015-12", labelled.date());
        assertEquals(List.of("题目", "作者：王五", "正文。"), texts(labelled));
    }

    @Test
    void titleIsDerivedFromTheOpeningSentenceSkippingSalutations() {
        SpeechDraft speech = only(parser.parse("x.txt", List.of(
                "　　同志们：",
                "　　今天我们召开全市群众工作会议，主要任务是总结经验、部署工作。")));
        assertTrue(speech.titleDerived());
        assertEquals("今天我们召开全市群众工作会议", speech.title());
        assertEquals(ParagraphKind.BODY, speech.paragraphs().get(0).kind());
        assertEquals("“人民对美好生活的向往就是我们的奋斗目标”", TitleDeriver.cut("“人民对美好生活的向往就是我们的奋斗目标”。改革只有一个指向。"));
        assertEquals("曾说过：乐民之乐者，民亦乐其乐", TitleDeriver.cut("曾说过：“乐民之乐者，民亦乐其乐；忧民之忧者也忧其忧，忧乐与共。”人心向背。"));
        assertEquals("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地", TitleDeriver.cut("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒。"));
        assertEquals(List.of("甲", "乙", "甲（之二）", "甲（之三）"), TitleDeriver.distinct(List.of("甲", "乙", "甲", "甲")));
    }

    @Test
    void collectionWithoutPageTitleOrSeriesNameIsNamedAfterItsFirstSpeech() {
        List<String> lines = List.of(
                " 　　依靠群众求胜利，这是党的传家宝。第一篇的正文。",
                "　　第一篇的第二段。",
                " 　　密切联系群众是党的优势。第二篇的正文。",
                "　　第二篇的第二段。");
        ParsedDocument doc = parser.parse("0123abcd.txt", lines);
        assertEquals(2, doc.speeches().size());
        assertEquals("依靠群众求胜利，这是党的传家宝等2篇", doc.collectionTitle());
        assertEquals("密切联系群众是党的优势", doc.speeches().get(1).title());
        assertEquals("群众路线文章", parser.parse("群众路线文章.txt", lines).collectionTitle());
    }

    @Test
    void aSingleStrayMarkedIndentMakesNoCollection() {
        ParsedDocument doc = parser.parse("x.txt", List.of(" 　　只有一段标记。", "　　另一段。"));
        assertNull(doc.collectionTitle());
        assertEquals(1, doc.speeches().size());
        assertEquals(List.of("只有一段标记。", "另一段。"), texts(only(doc)));
    }

    @Test
    void emptyOrDebrisOnlyInputHasNoSpeech() {
        assertTrue(parser.parse("x.txt", List.of()).speeches().isEmpty());
        assertTrue(parser.parse("x.txt", List.of("", "　　", "首页讲话演讲稿 内容页", "猜你喜欢", "别的文章。")).speeches().isEmpty());
    }

    // ---- helpers ----------------------------------------------------------------------------

    private ParsedDocument parseFile(String prefix) throws IOException {
        Path file = sourceFile(prefix);
        return parser.parse(file.getFileName().toString(), Files.readAllLines(file));
    }

    private static Path sourceFile(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(SPEECHES)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
        }
    }

    private static SpeechDraft only(ParsedDocument doc) {
        assertEquals(1, doc.speeches().size());
        return doc.speeches().get(0);
    }

    private static List<ParagraphDraft> paragraphs(ParsedDocument doc) {
        return doc.speeches().stream().flatMap(s -> s.paragraphs().stream()).toList();
    }

    private static List<String> headings(SpeechDraft speech) {
        return speech.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.HEADING)
                .map(p -> p.headingLevel() + " " + p.text()).toList();
    }

    private static List<String> kinds(SpeechDraft speech) {
        return speech.paragraphs().stream()
                .map(p -> p.kind() + (p.kind() == ParagraphKind.HEADING ? String.valueOf(p.headingLevel()) : "") + " "
                        + p.text())
                .toList();
    }

    private static List<String> texts(SpeechDraft speech) {
        return speech.paragraphs().stream().map(ParagraphDraft::text).toList();
    }

    private static int indexOfText(SpeechDraft speech, String text) {
        List<String> texts = texts(speech);
        assertTrue(texts.contains(text), text);
        return texts.indexOf(text);
    }
}
