package id.konsultasi.bench;

import java.util.List;

/**
 * The SQL statements the current thread sends while a count is open. {@link CountingDataSource} reports each
 * statement here; a count that is not open costs a thread-local read.
 */
final class StatementCounter {

    private static final ThreadLocal<Count> OPEN = new ThreadLocal<>();

    /** An open count; {@code sql} keeps the statements' text when the caller asked for it. */
    private static final class Count {
        int statements;
        final List<String> sql;

        Count(List<String> sql) {
            this.sql = sql;
        }
    }

    private StatementCounter() {
    }

    /** The work that is counted. */
    interface Work {
        void run() throws Exception;
    }

    static void statementSent(Object sql) {
        Count count = OPEN.get();
        if (count != null) {
            count.statements++;
            if (count.sql != null) {
                count.sql.add(String.valueOf(sql));
            }
        }
    }

    /** Runs the work and answers how many statements it sent; a count open around it counts them too. */
    static int count(Work work) throws Exception {
        return count(work, null);
    }

    /** As {@link #count(Work)}, adding the text of each statement to {@code sql} (when it is not null). */
    static int count(Work work, List<String> sql) throws Exception {
        Count outer = OPEN.get();
        Count count = new Count(sql);
        OPEN.set(count);
        try {
            work.run();
        } finally {
            if (outer == null) {
                OPEN.remove();
            } else {
                outer.statements += count.statements;
                if (outer.sql != null && sql != null) {
                    outer.sql.addAll(sql);
                }
                OPEN.set(outer);
            }
        }
        return count.statements;
    }
}
