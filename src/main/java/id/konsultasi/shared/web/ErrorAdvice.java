package id.konsultasi.shared.web;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.URI;
import java.sql.SQLException;

import id.konsultasi.shared.ConflictException;
import id.konsultasi.shared.MalformedInput;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.convert.ConversionException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * One advice for what goes wrong: a missing or foreign record is a 404, a stale version a 409
 * ("someone changed this; reload"), malformed input a 400 (a parameter or hidden field missing or unreadable, a
 * value the database cannot store), no database connection free a 503 ("send again shortly", or "temporarily
 * unavailable, nothing was lost" when the database cannot be reached). Never a stack trace. Access denied is
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
        if (isBadData(e)) {
            log.info("input the database cannot store: {}", e.getMessage());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return new ModelAndView("error/400");
        }
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

    /**
     * A value PostgreSQL refuses as data (SQL state class 22: too long for its column, a character it does not
     * store) or a required value missing (23502): the input was malformed, nobody changed anything meanwhile.
     */
    static boolean isBadData(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState().startsWith("22") || sql.getSQLState().equals("23502");
            }
        }
        return false;
    }

    /**
     * What none of the application's pages sends: a request parameter or a hidden field missing or unreadable (a
     * word for a number, an unknown choice), a body that cannot be read, a page number beyond any list (Spring Data
     * refuses its offset). Fields a person types are checked by their forms and answered beside the field.
     */
    @ExceptionHandler({ServletRequestBindingException.class, TypeMismatchException.class, ConversionException.class,
            BindException.class, HandlerMethodValidationException.class, MissingServletRequestPartException.class,
            HttpMessageNotReadableException.class, MalformedInput.class, InvalidDataAccessApiUsageException.class})
    String badRequest(Exception e, HttpServletResponse response) {
        log.debug("bad request: {}", e.getMessage());
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "error/400";
    }

    @ExceptionHandler(TooManyRequestsException.class)
    String tooMany(TooManyRequestsException e, HttpServletResponse response) {
        log.info("a rate limit was reached: 429"); // the client's address is personal data: not logged
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        return "error/429";
    }

    /**
     * Every database connection stayed busy for longer than the pool waits (a burst of submissions, a slow
     * database): nothing of this request was saved, and the visitor is asked to send it again shortly. Or the
     * database cannot be reached (whatever failed first: the connection, the statement, the rollback). Any other
     * failure of the database stays an error (500).
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ModelAndView busy(Exception e, HttpServletResponse response) throws Exception {
        if (!noConnection(e)) {
            throw e;
        }
        boolean unreachable = databaseUnreachable(e);
        log.warn(unreachable ? "the database cannot be reached: {}" : "no database connection free: {}", e.getMessage());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, "10");
        return new ModelAndView("error/503").addObject("unavailable", unreachable);
    }

    /** No connection to work with: none free within the pool's wait, or the database cannot be reached. */
    static boolean noConnection(Throwable e) {
        return e instanceof CannotCreateTransactionException || e instanceof DataAccessResourceFailureException
                || databaseUnreachable(e);
    }

    /**
     * The database is down or unreachable (the pool's last attempt to connect failed, a connection broke), rather
     * than busy: the page says that the service is unavailable for a moment and nothing was lost.
     */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof EOFException || t instanceof SocketException
                    || (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    // the pool's answer to a rollback on a connection it evicted as broken (the statement's own
                    // failure is then only logged)
                    || (t instanceof SQLException sql && "Connection is closed".equals(sql.getMessage()))) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed != e && databaseUnreachable(suppressed)) {
                    return true;
                }
            }
        }
        return false;
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
