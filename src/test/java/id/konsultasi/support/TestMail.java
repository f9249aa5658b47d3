package id.konsultasi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One real SMTP server (GreenMail) per test JVM; tests read what the application sent from it. Its port is
 * chosen once, so that a test can {@link #stop()} the server (the SMTP server is down) and
 * {@link #start()} it again where the application expects it. A restarted server has forgotten the mail
 * it received before.
 */
public final class TestMail {

    private static GreenMail greenMail;
    private static int port;
    private static boolean running;

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (greenMail == null) {
            port = freePort();
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            running = true;
            Runtime.getRuntime().addShutdownHook(new Thread(TestMail::stop));
        }
        return greenMail;
    }

    public static synchronized int port() {
        server();
        return port;
    }

    /** The SMTP server goes down: connections to its port are refused. */
    public static synchronized void stop() {
        if (greenMail != null && running) {
            greenMail.stop();
            running = false;
        }
    }

    /** The SMTP server is up again, on the same port. */
    public static synchronized void start() {
        GreenMail server = server();
        if (!running) {
            server.start();
            running = true;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the test SMTP server", e);
        }
    }
}
