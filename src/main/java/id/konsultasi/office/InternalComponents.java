package id.konsultasi.office;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The internal components of an office's standard, each a list of items in order; a component without items is
 * one the office has not written down.
 */
public record InternalComponents(Map<InternalComponent, List<String>> items) {

    /** the longest item an office stores (its column's size) */
    public static final int ITEM_MAX = 2000;
    /** the longest Maklumat Pelayanan an office stores (its column's size) */
    public static final int PLEDGE_MAX = 10000;

    public InternalComponents {
        EnumMap<InternalComponent, List<String>> copy = new EnumMap<>(InternalComponent.class);
        items.forEach((component, texts) -> {
            List<String> kept = texts.stream().map(String::strip).filter(text -> !text.isEmpty()).toList();
            if (!kept.isEmpty()) {
                copy.put(component, kept);
            }
        });
        items = Collections.unmodifiableMap(copy);
    }

    public static InternalComponents none() {
        return new InternalComponents(Map.of());
    }

    /** The items of one component, none when the office has not written it down. */
    public List<String> of(InternalComponent component) {
        return items.getOrDefault(component, List.of());
    }

    /** These components, the given one's items replaced. */
    public InternalComponents with(InternalComponent component, List<String> texts) {
        EnumMap<InternalComponent, List<String>> changed = new EnumMap<>(InternalComponent.class);
        changed.putAll(items);
        changed.put(component, texts);
        return new InternalComponents(changed);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** Whether these items and this pledge fit what an office stores ({@link #ITEM_MAX}, {@link #PLEDGE_MAX}). */
    public boolean fitWith(String pledge) {
        return (pledge == null || pledge.length() <= PLEDGE_MAX)
                && items.values().stream().flatMap(List::stream).allMatch(item -> item.length() <= ITEM_MAX);
    }
}
