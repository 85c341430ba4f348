package org.yandu.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.yandu.lookup.LookupRequest;

class WaitingLookupTest {
    private final ObjectProperty<String> dictionaries = new SimpleObjectProperty<>();
    private final ObjectProperty<Optional<Long>> open = new SimpleObjectProperty<>(Optional.of(7L));
    private final WaitingLookup waiting = new WaitingLookup(dictionaries, open::get);
    private final List<String> lookedUp = new ArrayList<>();

    @Test
    void theLastWordClickedWhileTheDictionariesLoadIsLookedUpOnceTheyAreIn() {
        waiting.keep(LookupRequest.CLICK, () -> lookedUp.add("群众"));
        waiting.keep(LookupRequest.EXPLICIT, () -> lookedUp.add("路线"));
        assertEquals(List.of(), lookedUp, "nothing before the dictionaries are in");

        dictionaries.set("loaded");

        assertEquals(List.of("路线"), lookedUp, "the last asked, once");
        dictionaries.set(null);
        dictionaries.set("loaded again");
        assertEquals(List.of("路线"), lookedUp, "not again");
    }

    @Test
    void aGlanceIsNotKeptAndDoesNotReplaceAClick() {
        waiting.keep(LookupRequest.CLICK, () -> lookedUp.add("群众"));
        waiting.keep(LookupRequest.GLANCE, () -> lookedUp.add("的"));

        dictionaries.set("loaded");

        assertEquals(List.of("群众"), lookedUp);
    }

    @Test
    void aWordOfASpeechNoLongerOpenIsNotLookedUp() {
        waiting.keep(LookupRequest.CLICK, () -> lookedUp.add("群众"));
        open.set(Optional.of(8L));

        dictionaries.set("loaded");

        assertEquals(List.of(), lookedUp);
    }
}
