package id.konsultasi.office;

import java.time.LocalDate;

import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.Versions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators change: offices (system administrator), and an office's profile, standard,
 * divisions, rooms and holidays (its office administrator). Every method takes the office it acts
 * in, and finds records only inside that office, so a foreign id is a 404.
 */
@Service
@Transactional
public class OfficeAdministration {

    private final Offices offices;
    private final Divisions divisions;
    private final MeetingRooms rooms;
    private final Holidays holidays;

    OfficeAdministration(Offices offices, Divisions divisions, MeetingRooms rooms, Holidays holidays) {
        this.offices = offices;
        this.divisions = divisions;
        this.rooms = rooms;
        this.holidays = holidays;
    }

    public Office createOffice(String code, OfficeProfile profile, ServiceStandard.Revision standard) {
        if (offices.existsByCode(code)) {
            throw new InputRejected("code", "office.code.taken");
        }
        Office office = new Office(code, profile);
        office.getStandard().revise(standard);
        return offices.save(office);
    }

    /**
     * An office the system administrator adds: its public request form stays closed until its administrator has set
     * the office up and opened it (the onboarding guide), so nobody sends a request to a placeholder standard.
     */
    public Office createOfficeToSetUp(String code, OfficeProfile profile, ServiceStandard.Revision standard) {
        Office office = createOffice(code, profile, standard);
        office.closePublicForm();
        return office;
    }

    /** Opens or closes the office's public request form; whether it may open is the onboarding guide's question. */
    public void setPublicFormOpen(long officeId, boolean open) {
        Office office = offices.require(officeId);
        if (open) {
            office.openPublicForm();
        } else {
            office.closePublicForm();
        }
    }

    public void updateProfile(long officeId, Long version, OfficeProfile profile) {
        Office office = offices.require(officeId);
        Versions.check(office.getVersion(), version);
        office.update(profile);
    }

    /** The profile and the town its letters are dated from, saved together from the profile page. */
    public void updateProfile(long officeId, Long version, OfficeProfile profile, String place) {
        updateProfile(officeId, version, profile);
        offices.require(officeId).placeLettersAt(place);
    }

    public void placeLettersAt(long officeId, String place) {
        offices.require(officeId).placeLettersAt(place);
    }

    public void setActive(long officeId, boolean active) {
        Office office = offices.require(officeId);
        if (active) {
            office.activate();
        } else {
            office.deactivate();
        }
    }

    public void reviseStandard(long officeId, Long version, ServiceStandard.Revision revision) {
        Office office = offices.require(officeId);
        Versions.check(office.getVersion(), version);
        office.getStandard().revise(revision);
    }

    /**
     * Replaces the internal components of the office's standard and its Maklumat Pelayanan (blank: none), as the
     * page that edits them saves them together (and as an import of a published standard stores what it read).
     */
    public void reviseInternalComponents(long officeId, Long version, InternalComponents components, String pledge) {
        Office office = offices.require(officeId);
        Versions.check(office.getVersion(), version);
        office.reviseInternalComponents(components, pledge);
    }

    /** The names the office's standard gives its units and roles, and whether complaints go through the agenda book. */
    public void nameStaff(long officeId, Long version, StaffNames names, boolean complaintsInAgendaBook) {
        Office office = offices.require(officeId);
        Versions.check(office.getVersion(), version);
        office.nameStaff(names, complaintsInAgendaBook);
    }

    public Division addDivision(long officeId, String name) {
        if (divisions.existsByOfficeIdAndNameIgnoreCase(officeId, name)) {
            throw new InputRejected("name", "division.name.taken");
        }
        return divisions.save(new Division(officeId, name));
    }

    public void updateDivision(long officeId, long divisionId, Long version, String name, boolean active) {
        Division division = divisions.requireInOffice(divisionId, officeId);
        Versions.check(division.getVersion(), version);
        if (!division.getName().equalsIgnoreCase(name) && divisions.existsByOfficeIdAndNameIgnoreCase(officeId, name)) {
            throw new InputRejected("name", "division.name.taken");
        }
        division.rename(name);
        division.setActive(active);
    }

    public MeetingRoom addRoom(long officeId, String name, String location, Integer capacity) {
        if (rooms.existsByOfficeIdAndNameIgnoreCase(officeId, name)) {
            throw new InputRejected("name", "room.name.taken");
        }
        return rooms.save(new MeetingRoom(officeId, name, location, capacity));
    }

    public void updateRoom(long officeId, long roomId, Long version, String name, String location, Integer capacity,
                           boolean active) {
        MeetingRoom room = rooms.requireInOffice(roomId, officeId);
        Versions.check(room.getVersion(), version);
        if (!room.getName().equalsIgnoreCase(name) && rooms.existsByOfficeIdAndNameIgnoreCase(officeId, name)) {
            throw new InputRejected("name", "room.name.taken");
        }
        room.update(name, location, capacity);
        room.setActive(active);
    }

    /** Adds a day off to one office, or to all offices when {@code officeId} is null (system administrator). */
    public Holiday addHoliday(Long officeId, LocalDate date, String name, HolidayKind kind) {
        boolean taken = officeId == null ? holidays.existsByOfficeIdIsNullAndDate(date)
                : holidays.existsByOfficeIdAndDate(officeId, date);
        if (taken) {
            throw new InputRejected("date", "holiday.date.taken");
        }
        return holidays.save(new Holiday(officeId, date, name, kind));
    }

    public void updateHoliday(Long officeId, long holidayId, Long version, LocalDate date, String name,
                              HolidayKind kind) {
        Holiday holiday = requireHoliday(officeId, holidayId);
        Versions.check(holiday.getVersion(), version);
        if (!holiday.getDate().equals(date)) {
            boolean taken = officeId == null ? holidays.existsByOfficeIdIsNullAndDate(date)
                    : holidays.existsByOfficeIdAndDate(officeId, date);
            if (taken) {
                throw new InputRejected("date", "holiday.date.taken");
            }
        }
        holiday.update(date, name, kind);
    }

    public void removeHoliday(Long officeId, long holidayId) {
        holidays.delete(requireHoliday(officeId, holidayId));
    }

    @Transactional(readOnly = true)
    public Holiday requireHoliday(Long officeId, long holidayId) {
        return (officeId == null ? holidays.findByIdAndOfficeIdIsNull(holidayId)
                : holidays.findByIdAndOfficeId(holidayId, officeId))
                .orElseThrow(() -> new NotFoundException("holiday " + holidayId));
    }
}
