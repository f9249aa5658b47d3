package id.konsultasi.shared.web;

import java.net.URI;

import id.konsultasi.shared.ConflictException;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * One advice for what goes wrong: a missing or foreign record is a 404, a stale version a 409
 * ("someone changed this; reload"), malformed input a 400, no database connection free a 503 ("send again
 * shortly"). Never a stack trace. Access denied is
 * left to Spring Security, which answers 403 with the same layout.
 */
@ControllerAdvice
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletResponse response) {
        log.debug("not found: {}", e.getMessage());
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "error/404";
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class,
            ConflictException.class})
    ModelAndView conflict(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.info("stale update refused: {}", e.getMessage());
        response.setStatus(HttpStatus.CONFLICT.value());
        ModelAndView page = new ModelAndView("error/409");
        page.addObject("reloadPath", reloadPath(request));
        return page;
    }

    /**
     * Where "reload" leads: the page the refused form was on (its Referer, when it is of this site),
     * else the address that was asked for.
     */
    static String reloadPath(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                if (request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null
                        && uri.getRawPath().startsWith("/")) {
                    String path = uri.getRawPath().substring(Math.min(request.getContextPath().length(),
                            uri.getRawPath().length()));
                    return path.isEmpty() ? "/" : path;
                }
            } catch (IllegalArgumentException malformed) {
                log.debug("ignoring a malformed Referer: {}", referer);
            }
        }
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    String badRequest(Exception e, HttpServletResponse response) {
        log.debug("bad request: {}", e.getMessage());
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "error/400";
    }

    @ExceptionHandler(TooManyRequestsException.class)
    String tooMany(TooManyRequestsException e, HttpServletResponse response) {
        log.info(e.getMessage());
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        return "error/429";
    }

    /**
     * Every database connection stayed busy for longer than the pool waits (a burst of submissions, a slow
     * database): nothing of this request was saved, and the visitor is asked to send it again shortly.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class})
    String busy(Exception e, HttpServletResponse response) {
        log.warn("no database connection free: {}", e.getMessage());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, "10");
        return "error/503";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        return "error/413";
    }

    @ExceptionHandler(MultipartException.class)
    String malformedUpload(MultipartException e, HttpServletResponse response) {
        log.debug("malformed upload: {}", e.getMessage());
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "error/400";
    }
}
