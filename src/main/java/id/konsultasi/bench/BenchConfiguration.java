package id.konsultasi.bench;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;

/** The benchmark's instruments: only with the profile {@code bench}. */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchConfiguration {

    /** Every data source of the application counts its statements. */
    @Bean
    static BeanPostProcessor countingDataSources() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
                        ? new CountingDataSource(dataSource) : bean;
            }
        };
    }

    /** Before every other filter, so that the statements of Spring Session and Spring Security count. */
    @Bean
    FilterRegistrationBean<StatementCountFilter> statementCountFilter() {
        FilterRegistrationBean<StatementCountFilter> registration = new FilterRegistrationBean<>(new StatementCountFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
