package id.konsultasi.request;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a worklist, read from a position rather than counted from the start.
 *
 * @param content     the lines of the page
 * @param number      the page's number, from 0 (as the links carry it)
 * @param size        lines per page
 * @param total       how many lines the list has, or at least has when {@code atLeast}
 * @param atLeast     the list has more than {@code total} lines (counting them all would cost more than a page)
 * @param hasPrevious a page comes before this one
 * @param hasNext     a page comes after this one
 * @param first       the position of the first line (the previous page ends before it)
 * @param last        the position of the last line (the next page starts after it)
 */
public record WorklistPage<T>(List<T> content, int number, int size, long total, boolean atLeast,
                              boolean hasPrevious, boolean hasNext, WorklistCursor first, WorklistCursor last)
        implements Iterable<T> {

    public WorklistPage {
        content = List.copyOf(content);
    }

    /** How many pages, or at least how many when {@code atLeast} (never fewer than the pages seen). */
    public long totalPages() {
        return Math.max((total + size - 1) / size, number + (hasNext ? 2L : 1L));
    }

    public boolean isEmpty() {
        return content.isEmpty();
    }

    public <U> WorklistPage<U> map(Function<? super T, ? extends U> mapper) {
        return new WorklistPage<>(content.stream().<U>map(mapper).toList(), number, size, total, atLeast, hasPrevious,
                hasNext, first, last);
    }

    @Override
    public Iterator<T> iterator() {
        return content.iterator();
    }
}
