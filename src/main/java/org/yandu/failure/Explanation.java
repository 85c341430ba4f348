package org.yandu.failure;

import java.util.List;
import java.util.Objects;

/**
 * Why something failed and what the sentence saying so names (a file, a term, a number); an argument that is itself
 * an explanation is said in its own sentence ("讲话.txt：磁盘已满。").
 *
 * @param arguments in the order of the sentence's placeholders {0}, {1} ...
 */
public record Explanation(Reason reason, List<Object> arguments) {
    public Explanation {
        Objects.requireNonNull(reason, "reason");
        arguments = List.copyOf(arguments);
    }

    public static Explanation of(Reason reason, Object... arguments) {
        return new Explanation(reason, List.of(arguments));
    }
}
