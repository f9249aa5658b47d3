package id.konsultasi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's profile summary: which layer a stack counts for, and the shares it prints. */
class ProfilerTests {

    @TempDir
    Path directory;

    @Test
    void aStatementHibernateRunsCountsAsJdbcAndHibernatesOwnWorkAsHibernate() {
        assertThat(Profiler.layer(frames("java/lang/Thread.run;org/apache/tomcat/util/threads/TaskThread$WrappingRunnable.run;"
                + "org/springframework/web/servlet/DispatcherServlet.doService;id/konsultasi/intake/web/TrackingController.track;"
                + "org/hibernate/loader/ast/internal/SingleIdLoadPlan.load;org/postgresql/jdbc/PgPreparedStatement.executeQuery;"
                + "sun/nio/ch/SocketDispatcher.read0")))
                .as("the deepest layer a stack passes is the one it counts for; a socket read is its caller's")
                .startsWith("PostgreSQL JDBC");
        assertThat(Profiler.layer(frames("java/lang/Thread.run;org/springframework/web/servlet/DispatcherServlet.doService;"
                + "org/hibernate/loader/ast/internal/SingleIdLoadPlan.load;org/postgresql/jdbc/PgPreparedStatement.executeQuery")))
                .startsWith("PostgreSQL JDBC");
        assertThat(Profiler.layer(frames("java/lang/Thread.run;org/springframework/web/servlet/DispatcherServlet.doService;"
                + "org/hibernate/internal/SessionImpl.find;org/hibernate/engine/internal/StatefulPersistenceContext.addEntity")))
                .isEqualTo("Hibernate");
        assertThat(Profiler.layer(frames("[GC Thread#0 tid=12];__clone;thread_native_entry;G1ParScanThreadState::trim_queue")))
                .isEqualTo("JVM (GC, compiler, VM)");
        assertThat(Profiler.layer(frames("__clone;thread_native_entry;CompileBroker::compiler_thread_loop;C2Compiler::compile_method")))
                .isEqualTo("JVM (GC, compiler, VM)");
    }

    @Test
    void theSummaryGivesEachLayerAndMethodItsShareOfAllSamples() throws IOException {
        Path collapsed = directory.resolve("page.collapsed");
        Files.writeString(collapsed, """
                java/lang/Thread.run;org/thymeleaf/TemplateEngine.process;org/attoparser/MarkupParser.parse 30
                java/lang/Thread.run;org/springframework/web/servlet/DispatcherServlet.doService;org/postgresql/core/v3/QueryExecutorImpl.execute 50
                java/lang/Thread.run;org/thymeleaf/TemplateEngine.process;org/attoparser/MarkupParser.parse 10
                __clone;thread_native_entry;G1ConcurrentMark::mark 10
                """);

        String summary = Profiler.summary("tracking page, c=16", collapsed, "cpu", 2);

        assertThat(summary).startsWith("### tracking page, c=16 (cpu, 100 samples)")
                .contains("| PostgreSQL JDBC (incl. waiting for the server) | 50.0 % |")
                .contains("| Thymeleaf (templates) | 40.0 % |")
                .contains("| JVM (GC, compiler, VM) | 10.0 % |")
                .contains("| `org/postgresql/core/v3/QueryExecutorImpl.execute` | 50.0 % |")
                .contains("| `org/attoparser/MarkupParser.parse` | 40.0 % |")
                .as("only the two hottest methods").doesNotContain("G1ConcurrentMark::mark` |");
    }

    @Test
    void wallTimeCountsRequestThreadsOnlyWhileTheyServeARequest() throws IOException {
        Path collapsed = directory.resolve("wall.collapsed");
        Files.writeString(collapsed, """
                [http-nio-18080-exec-3 tid=40];java/lang/Thread.run;org/postgresql/core/PGStream.receiveChar;sun/nio/ch/SocketDispatcher.read0 60
                [http-nio-18080-exec-4 tid=41];java/lang/Thread.run;org/apache/tomcat/util/threads/TaskQueue.take;jdk/internal/misc/Unsafe.park 500
                [http-nio-18080-exec-5 tid=42];java/lang/Thread.run;com/zaxxer/hikari/pool/HikariPool.getConnection;jdk/internal/misc/Unsafe.park 40
                [scheduling-1 tid=20];java/lang/Thread.run;jdk/internal/misc/Unsafe.park 900
                """);

        String summary = Profiler.summary("dashboard", collapsed, "wall", 5);

        assertThat(summary).contains("(wall, 100 samples)")
                .contains("| PostgreSQL JDBC (incl. waiting for the server) | 60.0 % |")
                .contains("| waiting (lock or pool) | 40.0 % |");
    }

    @Test
    void aPagesLabelBecomesAFileName() {
        assertThat(Profiler.slug("head's dashboard `/staf/disposisi`")).isEqualTo("head-s-dashboard-staf-disposisi");
    }

    private static String[] frames(String stack) {
        return stack.split(";");
    }
}
