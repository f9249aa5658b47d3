package id.konsultasi.office;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Tells the {@link OfficeDirectory} that an office changed (its profile, its standard, being active, a holiday), whoever
 * changed it: the directory forgets what it kept when the change commits. Hibernate creates it through Spring, which
 * gives it the directory.
 */
class OfficeChanges {

    private final ObjectProvider<OfficeDirectory> directory;

    OfficeChanges(ObjectProvider<OfficeDirectory> directory) {
        this.directory = directory;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object officeOrHoliday) {
        directory.ifAvailable(OfficeDirectory::changed);
    }
}
