package id.konsultasi.bench;

/**
 * The SQL statements the current thread sends while a count is open. {@link CountingDataSource} reports each
 * statement here; a count that is not open costs a thread-local read.
 */
final class StatementCounter {

    private static final ThreadLocal<int[]> OPEN = new ThreadLocal<>();

    private StatementCounter() {
    }

    /** The work that is counted. */
    interface Work {
        void run() throws Exception;
    }

    static void statementSent() {
        int[] count = OPEN.get();
        if (count != null) {
            count[0]++;
        }
    }

    /** Runs the work and answers how many statements it sent; a count open around it counts them too. */
    static int count(Work work) throws Exception {
        int[] outer = OPEN.get();
        int[] count = new int[1];
        OPEN.set(count);
        try {
            work.run();
        } finally {
            if (outer == null) {
                OPEN.remove();
            } else {
                outer[0] += count[0];
                OPEN.set(outer);
            }
        }
        return count[0];
    }
}
