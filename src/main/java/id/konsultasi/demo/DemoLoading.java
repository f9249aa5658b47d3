package id.konsultasi.demo;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data while the application starts, before its web server opens, so that the first visitor
 * never meets a home page without offices. Every bean is ready by then (the schema is migrated, listeners
 * are registered); the scheduled jobs start afterwards and send the mail the demo data queued. An
 * {@code ApplicationRunner} would be too late: Spring Boot calls the runners after the web server has
 * started (though before readiness reports "accepting traffic").
 */
@Component
@Profile("demo")
class DemoLoading implements SmartLifecycle {

    /** The phase just before the web server's. */
    static final int PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;

    private final DemoData data;
    private final DemoFeedback feedback;
    private volatile boolean running;

    DemoLoading(DemoData data, DemoFeedback feedback) {
        this.data = data;
        this.feedback = feedback;
    }

    @Override
    public void start() {
        data.load();
        feedback.load();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
