package org.yandu.ui.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.yandu.settings.Language;
import org.yandu.ui.base.Messages;

/** The Join a Group dialog says what is missing or wrong, one thing at a time, until it can join. */
class JoinViewModelTest {
    private final JoinViewModel join = new JoinViewModel();

    @Test
    void saysWhatIsMissingInTheOrderOfTheFieldsThenJoinsWithTheDriversAddress() {
        Messages english = Messages.of(Language.ENGLISH);
        assertEquals(english.get("group.join.noAddress"), join.problem(english));
        join.addressProperty().set("studygroup.example.org");
        assertEquals(english.get("group.join.badAddress"), join.problem(english));
        join.addressProperty().set("postgresql://li:secret@db.example.org/studygroup");
        assertEquals(english.get("group.join.badAddress"), join.problem(english), "a password in the address");
        join.addressProperty().set(" postgresql://db.example.org:5433/studygroup?sslmode=verify-full ");
        assertEquals(english.get("group.join.noUser"), join.problem(english));
        join.userProperty().set(" li ");
        assertEquals(english.get("group.join.noTemporary"), join.problem(english));
        join.temporaryProperty().set("Tmp-1234567890");
        join.chosenProperty().set("short");
        assertEquals("Choose a password of 10 or more characters.", join.problem(english));
        join.chosenProperty().set("Tmp-1234567890");
        assertEquals(english.get("group.join.sameAsTemporary"), join.problem(english));
        join.chosenProperty().set("我自己的长密码一二三");
        join.againProperty().set("我自己的长密码一二");
        assertEquals(english.get("group.join.differ"), join.problem(english));
        join.againProperty().set("我自己的长密码一二三");
        assertEquals("", join.problem(english));

        JoinViewModel.Join joining = join.join();
        assertEquals("jdbc:postgresql://db.example.org:5433/studygroup?sslmode=verify-full", joining.jdbcUrl());
        assertEquals("li", joining.user());
        assertArrayEquals("我自己的长密码一二三".toCharArray(), joining.chosen());
    }

    @Test
    void saysSoInChinese() {
        Messages chinese = Messages.of(Language.CHINESE);
        assertEquals("请填写邀请中的小组地址。", join.problem(chinese));
    }
}
