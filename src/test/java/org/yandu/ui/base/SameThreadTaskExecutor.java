package org.yandu.ui.base;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs background work and its handlers at once on the caller's thread, under the window's failure policy, so a
 * test of a view model or controller needs no waiting. Failures the window would show are kept by their keys.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {
    private final List<String> shown = new ArrayList<>();
    private final FailurePolicy failures = new FailurePolicy((key, error) -> shown.add(key));
    private String idleStatus = "";

    @Override
    public <T> Running execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.call(new BackgroundTask.Progress() {
                private String text = task.status();

                @Override
                public void message(String shown) {
                    text = shown;
                }

                @Override
                public void progress(double done, double total) {
                    task.progressShown(text, done, total);
                }

                @Override
                public boolean stopping() {
                    return false;
                }
            });
        } catch (Exception | LinkageError e) {
            failures.failed(task, e);
            return () -> { };
        }
        task.succeeded(result);
        return () -> { };
    }

    @Override
    public void write(String what, Runnable change) {
        failures.write(what, change);
    }

    @Override
    public void setIdleStatus(String text) {
        idleStatus = text;
    }

    /** The message keys of the failures the window would have shown in its error dialog, in order. */
    public List<String> shownFailures() {
        return List.copyOf(shown);
    }

    @Override
    public String idleStatus() {
        return idleStatus;
    }
}
