package org.yandu.text;

import com.hankcs.hanlp.HanLP;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Standard traditional text (OpenCC's forms, as HanLP converts) written in the forms of one {@link
 * TraditionalStandard}, one character for one so that offsets hold. Taiwan and Hong Kong take HanLP's character
 * variants only: its tables for them also replace vocabulary (软件 → 軟體), which would change what the speech says.
 */
final class RegionalForms {
    /** OpenCC's standard forms that most readers write otherwise (羣衆 → 群眾), with the common ones. */
    private static final String OLD_FORMS = "羣衆爲僞啓綫峯牀鷄溼敍脣麪";
    private static final String COMMON_FORMS = "群眾為偽啟線峰床雞濕敘唇麵";

    /** Below CJK Extension A nothing has a regional form: punctuation, Latin, digits pass untouched. */
    private static final char FIRST_HAN = 0x3400;

    private final Map<Character, Character> taiwan = new ConcurrentHashMap<>();
    private final Map<Character, Character> hongKong = new ConcurrentHashMap<>();

    /** {@code traditional} (standard forms) in the forms of {@code standard}, as long as it. */
    String written(String traditional, TraditionalStandard standard) {
        char[] chars = traditional.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = switch (standard) {
                case GENERAL -> common(chars[i]);
                case TAIWAN -> variant(taiwan, chars[i], HanLP::t2tw);
                case HONG_KONG -> variant(hongKong, chars[i], HanLP::t2hk);
            };
        }
        return new String(chars);
    }

    private static char common(char c) {
        int at = OLD_FORMS.indexOf(c);
        return at >= 0 ? COMMON_FORMS.charAt(at) : c;
    }

    /** {@code c} as the table writes it alone, or itself: a single character can only meet a variant's entry. */
    private static char variant(Map<Character, Character> known, char c, UnaryOperator<String> table) {
        if (c < FIRST_HAN || Character.isSurrogate(c)) {
            return c;
        }
        return known.computeIfAbsent(c, key -> {
            String converted = table.apply(String.valueOf(key));
            return converted.length() == 1 ? converted.charAt(0) : key;
        });
    }
}
