package id.konsultasi.shared.web;

import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a page needs several times but should compute once: kept in the attributes of the request being served, or
 * computed every time outside of one (a job, a test without a request).
 */
public final class PerRequest {

    private PerRequest() {
    }

    /** The value kept under this key for the current request, computed (and kept) the first time. */
    @SuppressWarnings("unchecked")
    public static <T> T kept(String key, Supplier<T> compute) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return compute.get();
        }
        Object kept = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (kept == null) {
            kept = compute.get();
            request.setAttribute(key, kept, RequestAttributes.SCOPE_REQUEST);
        }
        return (T) kept;
    }
}
