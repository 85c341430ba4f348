package org.yandu.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Traditional display as OpenCC converts these words, where HanLP's phrase table alone did not, and in the forms of
 * each standard (issue #15).
 */
class TraditionalTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "要做焦裕禄式的好干部, 要做焦裕祿式的好幹部",
        "提高社会管理发展水平, 提高社會管理發展水平",
        "处在黄金发展期, 處在黃金發展期",
        "积极回应群众关切, 積極回應群眾關切",
        "让创造社会财富的源泉充分涌流, 讓創造社會財富的源泉充分湧流",
        "理发店很干净, 理髮店很乾淨"})
    void aSentenceIsShownInTraditionalCharactersOneForOne(String simplified, String traditional) {
        String shown = SharedText.TEXT.toTraditional(simplified, TraditionalStandard.GENERAL);
        assertEquals(traditional, shown);
        assertEquals(simplified.length(), shown.length());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "着力解决群众反映强烈的问题, GENERAL, 着力解決群眾反映強烈的問題",
        "着力解决群众反映强烈的问题, TAIWAN, 著力解決群眾反映強烈的問題",
        "着力解决群众反映强烈的问题, HONG_KONG, 着力解決羣眾反映強烈的問題",
        "在这里他说，为人民服务, GENERAL, 在這裏他說，為人民服務",
        "在这里他说，为人民服务, TAIWAN, 在這裡他說，為人民服務",
        "在这里他说，为人民服务, HONG_KONG, 在這裏他説，為人民服務",
        // Only characters change: Taiwan's vocabulary (人工智慧, 網際網路) would change what the speech says.
        "发展人工智能和互联网, TAIWAN, 發展人工智能和互聯網",
        "发展人工智能和互联网, HONG_KONG, 發展人工智能和互聯網"})
    void eachStandardWritesItsOwnFormsOfTheSameCharacters(String simplified, TraditionalStandard standard,
                                                           String traditional) {
        String shown = SharedText.TEXT.toTraditional(simplified, standard);
        assertEquals(traditional, shown);
        assertEquals(simplified.length(), shown.length());
    }
}
