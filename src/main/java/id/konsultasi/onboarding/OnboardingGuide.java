package id.konsultasi.onboarding;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.konsultasi.account.StaffUsers;
import id.konsultasi.office.Division;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.Letterheads;
import id.konsultasi.office.MeetingRooms;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.ServiceStandard;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.onboarding.OnboardingStep.Gap;
import id.konsultasi.onboarding.OnboardingStep.Kind;
import id.konsultasi.shared.Texts;
import id.konsultasi.shared.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an office has set up and what it still lacks, step by step. Required before its public form opens: a
 * complete standard, an active head (Kepala Dinas), at least one officer, and, where the standard routes through
 * division heads, an active division each with its active head. Everything else is advised: rooms, the duty desk
 * and the secretariat, this year's holidays, the letterhead.
 */
@Service
@Transactional(readOnly = true)
public class OnboardingGuide {

    private final OfficeDirectory directory;
    private final StandardCompleteness standards;
    private final Divisions divisions;
    private final MeetingRooms rooms;
    private final StaffUsers staff;
    private final WorkingDayCalendar calendars;
    private final Letterheads letterheads;
    private final Clock clock;

    OnboardingGuide(OfficeDirectory directory, StandardCompleteness standards, Divisions divisions, MeetingRooms rooms,
                    StaffUsers staff, WorkingDayCalendar calendars, Letterheads letterheads, Clock clock) {
        this.directory = directory;
        this.standards = standards;
        this.divisions = divisions;
        this.rooms = rooms;
        this.staff = staff;
        this.calendars = calendars;
        this.letterheads = letterheads;
        this.clock = clock;
    }

    /** The guide of an office (a 404 when there is none). */
    public OnboardingChecklist checklist(long officeId) {
        Office office = directory.office(officeId);
        ServiceStandard.Revision standard = directory.storedStandard(officeId);
        boolean viaDivision = standard.switches().dispositionViaDivision();
        List<Division> activeDivisions = divisions.findByOfficeIdAndActiveTrueOrderByName(officeId);
        Map<Role, Long> holders = staff.activeCountsByRole(officeId).stream()
                .collect(Collectors.toMap(StaffUsers.RoleCount::getRole, StaffUsers.RoleCount::getCount));
        List<StaffUsers.Holder> heads = staff.activeHolders(officeId, Role.KADIS);
        return new OnboardingChecklist(officeId, office.getName(), office.getCode(), List.of(
                standards.check(standard),
                divisionsStep(viaDivision, activeDivisions),
                roomsStep(officeId),
                staffStep(officeId, viaDivision, activeDivisions, holders, heads),
                holidaysStep(office),
                letterheadStep(office, heads)), office.isPublicFormOpen());
    }

    private static OnboardingStep divisionsStep(boolean viaDivision, List<Division> active) {
        if (!active.isEmpty()) {
            return new OnboardingStep(Kind.DIVISIONS, List.of(), List.of());
        }
        return viaDivision ? new OnboardingStep(Kind.DIVISIONS, List.of(Gap.of("onboarding.divisions.none")), List.of())
                : new OnboardingStep(Kind.DIVISIONS, List.of(), List.of(Gap.of("onboarding.divisions.optional")));
    }

    private OnboardingStep roomsStep(long officeId) {
        boolean none = rooms.findByOfficeIdAndActiveTrueOrderByName(officeId).isEmpty();
        return new OnboardingStep(Kind.ROOMS, List.of(), none ? List.of(Gap.of("onboarding.rooms.none")) : List.of());
    }

    private OnboardingStep staffStep(long officeId, boolean viaDivision, List<Division> activeDivisions,
                                     Map<Role, Long> holders, List<StaffUsers.Holder> heads) {
        List<Gap> missing = new ArrayList<>();
        List<Gap> advised = new ArrayList<>();
        if (heads.isEmpty()) {
            missing.add(Gap.of("onboarding.staff.head"));
        }
        if (holders.getOrDefault(Role.PETUGAS, 0L) == 0) {
            missing.add(Gap.of("onboarding.staff.officers"));
        }
        if (viaDivision && !activeDivisions.isEmpty()) {
            Set<Long> headed = staff.activeHolders(officeId, Role.KABID).stream()
                    .map(StaffUsers.Holder::getDivisionId).collect(Collectors.toSet());
            activeDivisions.stream().filter(division -> !headed.contains(division.getId()))
                    .forEach(division -> missing.add(Gap.of("onboarding.staff.divisionHead", division.getName())));
        }
        if (holders.getOrDefault(Role.PIKET, 0L) == 0) {
            advised.add(Gap.of("onboarding.staff.dutyDesk"));
        }
        if (holders.getOrDefault(Role.SEKRETARIAT, 0L) == 0) {
            advised.add(Gap.of("onboarding.staff.secretariat"));
        }
        return new OnboardingStep(Kind.STAFF, missing, advised);
    }

    /** This year's days off as the office's calendar counts them: the national ones and the office's own. */
    private OnboardingStep holidaysStep(Office office) {
        Year year = Year.now(clock.withZone(office.zone()));
        return new OnboardingStep(Kind.HOLIDAYS, List.of(), calendars.forOffice(office).daysOffIn(year) == 0
                ? List.of(Gap.of("onboarding.holidays.none", year.toString())) : List.of());
    }

    private OnboardingStep letterheadStep(Office office, List<StaffUsers.Holder> heads) {
        List<Gap> advised = new ArrayList<>();
        if (office.getPlace() == null) {
            advised.add(Gap.of("onboarding.letterhead.place"));
        }
        if (!letterheads.hasLogo(office.getId())) {
            advised.add(Gap.of("onboarding.letterhead.logo"));
        }
        heads.stream().filter(head -> Texts.orNull(head.getNip()) == null || Texts.orNull(head.getRank()) == null)
                .forEach(head -> advised.add(Gap.of("onboarding.letterhead.head", head.getFullName())));
        return new OnboardingStep(Kind.LETTERHEAD, List.of(), advised);
    }
}
