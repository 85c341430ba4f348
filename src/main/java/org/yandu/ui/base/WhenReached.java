package org.yandu.ui.base;

import java.util.function.Predicate;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/** Work for once an observable value reaches a state: the start's milestones, the heap given back after it. */
public final class WhenReached {
    private WhenReached() {
    }

    /** Runs {@code then} once {@code value} has {@code reached}, at once if it has already; then stops watching. */
    public static <T> void once(ObservableValue<T> value, Predicate<T> reached, Runnable then) {
        if (reached.test(value.getValue())) {
            then.run();
            return;
        }
        value.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> observable, T old, T now) {
                if (reached.test(now)) {
                    value.removeListener(this);
                    then.run();
                }
            }
        });
    }
}
