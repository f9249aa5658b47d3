package id.konsultasi.alert.web;

import java.util.EnumMap;
import java.util.Map;

import id.konsultasi.alert.Delivery;
import id.konsultasi.alert.NoticeKind;

/** Per kind of notification, how the person wants to be mailed. */
public class PreferencesForm {

    private Map<NoticeKind, Delivery> choices = new EnumMap<>(NoticeKind.class);

    public Map<NoticeKind, Delivery> getChoices() {
        return choices;
    }

    public void setChoices(Map<NoticeKind, Delivery> choices) {
        this.choices = choices;
    }
}
