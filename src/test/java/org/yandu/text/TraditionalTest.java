package org.yandu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Traditional display as OpenCC converts these words, where HanLP's phrase table alone did not (issue #15). */
class TraditionalTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "要做焦裕禄式的好干部, 要做焦裕祿式的好幹部",
        "提高社会管理发展水平, 提高社會管理發展水平",
        "处在黄金发展期, 處在黃金發展期",
        "积极回应群众关切, 積極回應羣衆關切",
        "让创造社会财富的源泉充分涌流, 讓創造社會財富的源泉充分湧流",
        "理发店很干净, 理髮店很乾淨"})
    void aSentenceIsShownInTraditionalCharactersOneForOne(String simplified, String traditional) {
        String shown = SharedText.TEXT.toTraditional(simplified);
        assertEquals(traditional, shown);
        assertEquals(simplified.length(), shown.length());
    }
}
