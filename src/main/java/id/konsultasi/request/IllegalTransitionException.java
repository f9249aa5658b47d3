package id.konsultasi.request;

import id.konsultasi.shared.ConflictException;

/** A move the lifecycle does not allow, e.g. scheduling a request that was never disposed. */
public class IllegalTransitionException extends ConflictException {

    private final RequestStatus from;
    private final RequestStatus to;

    public IllegalTransitionException(RequestStatus from, RequestStatus to) {
        super("a request cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public RequestStatus from() {
        return from;
    }

    public RequestStatus to() {
        return to;
    }
}
