package org.balanceexplorer.data;

import java.util.List;
import java.util.Objects;

/**
 * A dataset, or another file this layer reads (a view state), could not be loaded; {@link #problems()}
 * says every reason found, each located.
 *
 * <p>The message is plain words: the first {@value #LISTED} problems, one a line, and how many
 * more there are. It never carries a stack trace of the cause to the user; the problems are the
 * whole story.
 *
 * <p>Immutable; safe to share between threads.
 */
public final class DatasetException extends RuntimeException {

    /** How many problems {@link #getMessage()} lists before it only counts the rest. */
    public static final int LISTED = 5;

    private final transient List<DatasetProblem> problems;

    /**
     * @param problems at least one problem
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public DatasetException(List<DatasetProblem> problems) {
        this("The dataset could not be loaded", problems);
    }

    /**
     * @param failure  what could not be done, as the message's first words, e.g. "The view state
     *                 could not be read"
     * @param problems at least one problem
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public DatasetException(String failure, List<DatasetProblem> problems) {
        super(describe(Objects.requireNonNull(failure, "failure"), problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order; never empty. */
    public List<DatasetProblem> problems() {
        return problems;
    }

    private static String describe(String failure, List<DatasetProblem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DatasetException needs at least one problem");
        }
        StringBuilder b = new StringBuilder();
        int n = problems.size();
        b.append(failure).append(": ").append(n).append(n == 1 ? " problem" : " problems").append(" found.");
        for (int i = 0; i < Math.min(LISTED, n); i++) {
            b.append('\n').append(problems.get(i).format());
        }
        if (n > LISTED) {
            int more = n - LISTED;
            b.append("\n... and ").append(more).append(more == 1 ? " more problem." : " more problems.");
        }
        return b.toString();
    }
}
