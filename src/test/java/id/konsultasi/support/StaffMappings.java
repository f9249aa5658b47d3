package id.konsultasi.support;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The application's own request mappings, for the access tests that try every page of an area on every role: a new
 * page is tried as soon as it exists, without anyone remembering to add it to the test.
 */
public final class StaffMappings {

    private StaffMappings() {
    }

    /** pattern -> methods, for every mapping whose pattern starts with one of the prefixes. */
    public static Map<String, Set<RequestMethod>> under(RequestMappingHandlerMapping mappings, String... prefixes) {
        return matching(mappings, handler -> true, prefixes);
    }

    /** pattern -> methods, for every mapping of the handlers accepted whose pattern starts with one of the prefixes. */
    public static Map<String, Set<RequestMethod>> matching(RequestMappingHandlerMapping mappings,
                                                           Predicate<HandlerMethod> handlers, String... prefixes) {
        Map<String, Set<RequestMethod>> pages = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (!handlers.test(entry.getValue())) {
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                for (String prefix : prefixes) {
                    if (pattern.startsWith(prefix)) {
                        pages.computeIfAbsent(pattern, p -> new HashSet<>())
                                .addAll(entry.getKey().getMethodsCondition().getMethods());
                        break;
                    }
                }
            }
        }
        return pages;
    }
}
