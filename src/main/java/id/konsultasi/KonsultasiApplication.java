package id.konsultasi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Layanan Konsultasi: the consultation service of Indonesian social-service offices (Dinas Sosial),
 * run as each office's published service standard says.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class KonsultasiApplication {

    public static void main(String[] args) {
        SpringApplication.run(KonsultasiApplication.class, args);
    }
}
