package id.konsultasi.operations;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link AccessLog} first in Tomcat's pipeline, before every filter, so that every line logged while a
 * request is served carries its correlation id. {@code konsultasi.logging.access-log=false} leaves out the access
 * log's lines (the correlation id stays).
 */
@Component
class RequestLogging implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final boolean trustRequestId;
    private final boolean accessLog;

    RequestLogging(@Value("${konsultasi.logging.trust-request-id:false}") boolean trustRequestId,
                   @Value("${konsultasi.logging.access-log:true}") boolean accessLog) {
        this.trustRequestId = trustRequestId;
        this.accessLog = accessLog;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new AccessLog(trustRequestId, accessLog));
    }
}
