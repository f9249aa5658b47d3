package id.konsultasi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.konsultasi.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Messages with arguments (the dashboard's countdowns, every "{0} ..." text) are formatted by many request
 * threads at once: each gets its own text, and none waits for another.
 */
@IntegrationTest
class MessagesTests {

    static final Locale ID = Locale.forLanguageTag("id");

    @Autowired
    MessageSource messages;

    @Test
    void messagesReadAsTheBundlesSay() {
        assertThat(messages.getMessage("countdown.onTime", new Object[]{3}, ID)).isEqualTo("Tepat waktu: 3 hari kerja lagi");
        assertThat(messages.getMessage("countdown.dueToday", new Object[]{2, 45}, Locale.ENGLISH))
                .isEqualTo("Today: 2 h 45 min of working time left");
        assertThat(messages.getMessage("countdown.lateDays", new Object[]{12_345}, ID))
                .isEqualTo("Terlambat 12.345 hari kerja");
        assertThat(messages.getMessage("countdown.lateDays", new Object[]{12_345}, Locale.ENGLISH))
                .isEqualTo("Late by 12,345 working days");
        assertThat(messages.getMessage("countdown.lateToday", null, ID)).isEqualTo("Terlambat sejak hari ini");
        // a text that is not in the bundles is its default, formatted the same way
        assertThat(messages.getMessage(new DefaultMessageSourceResolvable(new String[]{"no.such.key"},
                new Object[]{1_500}, "{0} berkas"), ID)).isEqualTo("1.500 berkas");
    }

    @Test
    void manyThreadsFormattingAtOnceEachGetTheirOwnText() throws Exception {
        int threads = 16;
        int rounds = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                start.await();
                List<String> wrong = new ArrayList<>();
                for (int i = 0; i < rounds; i++) {
                    int days = thread * 100_000 + i;
                    Locale locale = i % 2 == 0 ? ID : Locale.ENGLISH;
                    String text = messages.getMessage("countdown.lateDays", new Object[]{days}, locale);
                    String expected = locale == ID ? "Terlambat " + String.format(ID, "%,d", days) + " hari kerja"
                            : "Late by " + String.format(Locale.ENGLISH, "%,d", days) + " working days";
                    if (!text.equals(expected)) {
                        wrong.add(text + " instead of " + expected);
                    }
                    String today = messages.getMessage("countdown.dueToday", new Object[]{thread, i % 60}, ID);
                    if (!today.equals("Hari ini: sisa " + thread + " jam " + (i % 60) + " menit kerja")) {
                        wrong.add(today);
                    }
                }
                return wrong;
            }));
        }
        start.countDown();
        List<String> wrong = new ArrayList<>();
        for (Future<List<String>> result : results) {
            wrong.addAll(result.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertThat(wrong).isEmpty();
    }

    @Test
    void aMessageBeingFormattedDoesNotHoldUpTheSameMessageElsewhere() throws Exception {
        CountDownLatch insideFormat = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Object slowArgument = new Object() {
            @Override
            public String toString() {
                insideFormat.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "lambat";
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(
                () -> messages.getMessage("countdown.due", new Object[]{slowArgument}, ID), pool);
        try {
            assertThat(insideFormat.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<String> other = CompletableFuture.supplyAsync(
                    () -> messages.getMessage("countdown.due", new Object[]{"1 Des 2026, 09:00 WITA"}, ID), pool);
            await().atMost(Duration.ofSeconds(10)).until(other::isDone);
            assertThat(other.get()).isEqualTo("Tenggat 1 Des 2026, 09:00 WITA");
        } finally {
            release.countDown();
        }
        assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("Tenggat lambat");
        pool.shutdown();
    }
}
