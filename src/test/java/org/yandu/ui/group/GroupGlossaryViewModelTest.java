package org.yandu.ui.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yandu.library.UserTerm;
import org.yandu.library.group.GroupTerm;

class GroupGlossaryViewModelTest {
    private static GroupTerm term(String term, String explanation, String english) {
        return new GroupTerm(term, "", explanation, english, List.of(), false, 0);
    }

    @Test
    void theListStaysByTermAsTheOrganiserChangesIt() {
        GroupGlossaryViewModel model = new GroupGlossaryViewModel();
        model.show(List.of(term("自我革命", "", "self-revolution"), term("两个确立", "党的决定性成果", "")));
        model.put(term("自我革命", "勇于自我革命", "self-revolution"));
        model.put(term("中国式现代化", "", ""));
        model.removed("两个确立");
        model.put(term("GDP", "", "gross domestic product"));
        assertEquals(List.of("GDP", "中国式现代化", "自我革命"), model.terms().stream().map(GroupTerm::term).toList(),
                "by reading (zhōng before zì), an edited one once");
        assertEquals("勇于自我革命 · self-revolution", GroupGlossaryViewModel.meaning(model.terms().get(2)));
        assertEquals("", GroupGlossaryViewModel.meaning(model.terms().get(1)));
    }

    @Test
    void aTermGoesThroughTheTermDialogUnchanged() {
        GroupTerm term = new GroupTerm("自我革命", "zì wǒ gé mìng", "勇于自我革命", "self-revolution", List.of("党建"),
                false, 0);
        UserTerm edited = GroupGlossaryViewModel.toEdit(term);
        assertEquals(term, GroupGlossaryViewModel.edited(edited));
    }
}
