package id.konsultasi.office;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One item of an internal component, as the office stores it: all components' items in one ordered list. */
@Embeddable
record InternalItem(@Enumerated(EnumType.STRING) @Column(name = "component") InternalComponent component,
                    @Column(name = "text") String text) {
}
