package id.konsultasi.office.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.konsultasi.office.InternalComponent;
import id.konsultasi.office.InternalComponents;
import id.konsultasi.shared.Lines;
import id.konsultasi.shared.validation.EachLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The internal components of the standard as an administrator edits them, one text per component (its field
 * {@code items[LEGAL_BASIS]}, ...) with one item per line (numbering typed at the start of a line is dropped), and the
 * Maklumat Pelayanan, its paragraphs separated by a blank line. A text sent for no component is ignored.
 */
class InternalComponentsForm {

    @NotNull
    private Long version;
    private Map<String, @Size(max = 20000) @EachLine(max = 1000) String> items = new LinkedHashMap<>();
    @Size(max = InternalComponents.PLEDGE_MAX)
    private String pledge;

    static InternalComponentsForm of(long version, InternalComponents components, String pledge) {
        InternalComponentsForm form = new InternalComponentsForm();
        form.version = version;
        for (InternalComponent component : InternalComponent.values()) {
            form.items.put(component.name(), Lines.join(components.of(component)));
        }
        form.pledge = pledge;
        return form;
    }

    InternalComponents toComponents() {
        Map<InternalComponent, List<String>> lists = new EnumMap<>(InternalComponent.class);
        for (InternalComponent component : InternalComponent.values()) {
            lists.put(component, Lines.split(items.get(component.name())));
        }
        return new InternalComponents(lists);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Map<String, String> getItems() { return items; }
    public void setItems(Map<String, String> items) { this.items = items; }
    public String getPledge() { return pledge; }
    public void setPledge(String pledge) { this.pledge = pledge; }
}
