package id.konsultasi.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** One real SMTP server (GreenMail) per test JVM; tests read what the application sent from it. */
public final class TestMail {

    private static GreenMail greenMail;

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (greenMail == null) {
            ServerSetup smtp = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
            greenMail = new GreenMail(smtp);
            greenMail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
        }
        return greenMail;
    }

    public static int port() {
        return server().getSmtp().getPort();
    }
}
