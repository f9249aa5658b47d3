package id.konsultasi.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.util.ObjectUtils;

/**
 * The message bundles ({@code spring.messages.*}, as Spring Boot would configure them), read by many request
 * threads at once without waiting for each other.
 * <p>
 * Spring keeps one parsed {@link MessageFormat} per message and language and formats under a lock on it
 * ({@code MessageFormat} is not thread-safe): under load the dashboard's countdowns held a third of the request
 * threads in that lock. Here each thread formats with its own copy, taken once from the shared one, so every
 * text reads exactly as before.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) {
        PerThreadMessageSource messages = new PerThreadMessageSource();
        List<String> basenames = properties.getBasename();
        if (basenames != null && !basenames.isEmpty()) {
            messages.setBasenames(basenames.toArray(String[]::new));
        }
        if (properties.getEncoding() != null) {
            messages.setDefaultEncoding(properties.getEncoding().name());
        }
        messages.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        Duration cacheDuration = properties.getCacheDuration();
        if (cacheDuration != null) {
            messages.setCacheMillis(cacheDuration.toMillis());
        }
        messages.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        messages.setCommonMessages(commonMessages(properties.getCommonMessages()));
        return messages;
    }

    private static Properties commonMessages(List<Resource> resources) {
        if (resources == null || resources.isEmpty()) {
            return null;
        }
        Properties properties = new Properties();
        for (Resource resource : resources) {
            try (InputStream in = resource.getInputStream()) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("common messages " + resource + " cannot be read", e);
            }
        }
        return properties;
    }

    /** Formats with this thread's own copy of each message's parsed pattern. */
    static class PerThreadMessageSource extends ResourceBundleMessageSource {

        /** more messages than the bundles hold: a thread's copies are dropped only if bundles were reloaded often */
        private static final int MAX_COPIES = 4_096;

        private final ThreadLocal<Map<MessageFormat, MessageFormat>> copies =
                ThreadLocal.withInitial(IdentityHashMap::new);
        private final ThreadLocal<Map<Locale, Map<String, MessageFormat>>> defaults = ThreadLocal.withInitial(HashMap::new);

        /**
         * The shared format of the message, as Spring resolves and caches it, copied once for this thread: the
         * caller formats under a lock on what this returns, which no other thread then holds.
         */
        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            MessageFormat shared = super.resolveCode(code, locale);
            if (shared == null) {
                return null;
            }
            Map<MessageFormat, MessageFormat> mine = copies.get();
            MessageFormat copy = mine.get(shared);
            if (copy == null) {
                synchronized (shared) {
                    copy = (MessageFormat) shared.clone();
                }
                if (mine.size() >= MAX_COPIES) {
                    mine.clear();
                }
                mine.put(shared, copy);
            }
            return copy;
        }

        /** Default messages (a text that is not in the bundles) and common messages, formatted the same way. */
        @Override
        protected String formatMessage(String msg, Object[] args, Locale locale) {
            if (!isAlwaysUseMessageFormat() && ObjectUtils.isEmpty(args)) {
                return msg;
            }
            Map<String, MessageFormat> mine = defaults.get().computeIfAbsent(locale, l -> new HashMap<>());
            MessageFormat format = mine.get(msg);
            if (format == null) {
                try {
                    format = createMessageFormat(msg, locale);
                } catch (IllegalArgumentException invalid) {
                    if (isAlwaysUseMessageFormat()) {
                        throw invalid;
                    }
                    return msg; // not a pattern: shown as it is, as Spring does
                }
                if (mine.size() >= MAX_COPIES) {
                    mine.clear();
                }
                mine.put(msg, format);
            }
            return format.format(resolveArguments(args, locale));
        }
    }
}
