package id.konsultasi.shared.web;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Stylesheets, scripts and images: the folders of {@code static/} (each at its own prefix) and the webjars, and
 * nothing else. Pages link to them by names that change with their content ({@code /css/app-<md5>.css}, a
 * webjar by its version: {@code /webjars/bootstrap/5.3.8/...}), so browsers keep them for a year without asking
 * again. Page addresses never reach the resource resolvers: only {@link #PREFIXES} are looked up as files, and
 * each link to a file is resolved once ({@link StaticLinks}). Static files are answered without the visitor's
 * session ({@link StaticFilesWithoutSession}). Compression is Tomcat's ({@code server.compression}).
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

    /** The folders of {@code static/} that are served, each at {@code /<folder>/}. */
    static final List<String> FOLDERS = List.of("css", "js", "img");

    /** Where static files are; every other address is a page. */
    static final List<String> PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/");

    /** Their names change with their content, so a copy never goes stale. */
    static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    /** Crawlers read it again within a day (RFC 9309 asks them to). */
    static final CacheControl ROBOTS = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    static boolean isStatic(String path) {
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(FOREVER)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
                    .addResolver(new PathResourceResolver());
        }
        // a version-less address (/webjars/bootstrap/css/...) is found by the version on the classpath
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(FOREVER)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver())
                .addResolver(new PathResourceResolver());
        registry.addResourceHandler("/robots.txt")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(ROBOTS);
    }

    @Bean
    FilterRegistrationBean<StaticLinks> staticLinks(ObjectProvider<ResourceUrlProvider> resourceUrls) {
        FilterRegistrationBean<StaticLinks> registration = new FilterRegistrationBean<>(
                new StaticLinks(path -> resourceUrls.getObject().getForLookupPath(path)));
        // error pages link to the same files
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /**
     * Spring Session finds a request's session by its cookie, except on a static file's address, and reads it once
     * per request ({@link SessionsReadOncePerRequest} takes the place of its filter).
     */
    @Bean
    static BeanPostProcessor staticFilesWithoutSession(ObjectProvider<CookieSerializer> cookies,
                                                       ObjectProvider<SessionRepository<?>> store) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof SessionRepositoryFilter<?>) {
                    SessionRepositoryFilter<?> filter = readOnce(store.getObject());
                    CookieHttpSessionIdResolver byCookie = new CookieHttpSessionIdResolver();
                    byCookie.setCookieSerializer(cookies.getObject());
                    filter.setHttpSessionIdResolver(new StaticFilesWithoutSession(byCookie));
                    return filter;
                }
                return bean;
            }
        };
    }

    private static <S extends Session> SessionRepositoryFilter<?> readOnce(SessionRepository<S> store) {
        return SessionsReadOncePerRequest.over(store);
    }
}
