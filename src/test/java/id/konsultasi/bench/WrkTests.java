package id.konsultasi.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The benchmark reads wrk's report: rate, percentiles in any unit, errors of every kind, size of a response. */
class WrkTests {

    @Test
    void readsWhatWrkPrinted() {
        Wrk.Result result = Wrk.parse("""
                Running 5s test @ http://127.0.0.1:18081/staf/disposisi
                  2 threads and 16 connections
                  Thread Stats   Avg      Stdev     Max   +/- Stdev
                    Latency   150.25ms   80.10ms   1.20s    75.00%
                    Req/Sec    53.10     12.40    90.00     70.00%
                  Latency Distribution
                     50%  120.50ms
                     75%  180.00ms
                     90%  250.00ms
                     99%    1.10s
                  530 requests in 5.01s, 20.70MB read
                  Socket errors: connect 0, read 2, write 0, timeout 1
                  Non-2xx or 3xx responses: 4
                Requests/sec:    105.79
                Transfer/sec:      4.13MB
                """);
        assertThat(result.requestsPerSecond()).isEqualTo(105.79);
        assertThat(result.p50Millis()).isEqualTo(120.5);
        assertThat(result.p99Millis()).isEqualTo(1100.0);
        assertThat(result.errors()).isEqualTo(7);
        assertThat(result.kilobytesPerResponse()).isCloseTo(20.70 * 1024 / 530, within(0.01));
    }

    @Test
    void aSubmissionThatDidNotLeadToTheReceiptIsAnError() {
        Wrk.Result result = Wrk.parse("""
                  Latency Distribution
                     50%  800.00us
                     99%    3.50ms
                  1000 requests in 5.00s, 600.00KB read
                  Non-2xx or 3xx responses: 1
                Requests/sec:    200.00
                Submissions: ok 997, failed 3
                """);
        assertThat(result.p50Millis()).isEqualTo(0.8);
        assertThat(result.p99Millis()).isEqualTo(3.5);
        assertThat(result.errors()).as("the script's count, which includes wrk's non-2xx/3xx").isEqualTo(3);
    }

    @Test
    void aRunWithoutAnyResponseHasNoLatency() {
        Wrk.Result result = Wrk.parse("""
                  Latency Distribution
                     50%    0.00us
                     99%    0.00us
                  0 requests in 2.00s, 0.00B read
                Requests/sec:      0.00
                """);
        assertThat(result.requestsPerSecond()).isZero();
        assertThat(result.p99Millis()).isNaN();
    }
}
