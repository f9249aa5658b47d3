package id.konsultasi.support;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.UserAdministration;
import id.konsultasi.office.MeetingRoom;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.Offices;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestMoves;
import id.konsultasi.request.RequestService;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data of its own for each test: fresh officers and rooms (so that bookings of other tests never
 * collide), and requests already registered and assigned, driven through the real lifecycle.
 */
@Component
public class Fixtures {

    private static final StaffPrincipal SYSTEM = new StaffPrincipal(0, "fixtures", "fixtures", null, null,
            EnumSet.of(Role.SYSTEM_ADMIN));

    private final Offices offices;
    private final OfficeAdministration officeAdministration;
    private final UserAdministration users;
    private final RequestService requests;
    private final ConsultationRequests requestRepository;
    private final WorkingDayCalendar calendars;
    private final TransactionTemplate transactions;
    private final java.time.Clock clock;

    Fixtures(java.time.Clock clock, Offices offices, OfficeAdministration officeAdministration, UserAdministration users,
             RequestService requests, ConsultationRequests requestRepository, WorkingDayCalendar calendars,
             TransactionTemplate transactions) {
        this.offices = offices;
        this.officeAdministration = officeAdministration;
        this.users = users;
        this.requests = requests;
        this.requestRepository = requestRepository;
        this.calendars = calendars;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Office office(String code) {
        return offices.findByCode(code).orElseThrow();
    }

    public StaffUser officer(String officeCode) {
        String name = "uji-" + UUID.randomUUID().toString().substring(0, 8);
        return users.create(SYSTEM, office(officeCode).getId(), name, "sandi-uji-panjang",
                new StaffUser.Profile("Petugas " + name, "Pekerja Sosial", null, "081299990000", name + "@dinas.contoh.id",
                        null), EnumSet.of(Role.PETUGAS));
    }

    /** The head (Kepala Bidang) of a new division of the office, with the password {@code sandi-uji-panjang}. */
    public StaffUser divisionHead(String officeCode) {
        String name = "kabid-uji-" + UUID.randomUUID().toString().substring(0, 8);
        long divisionId = officeAdministration.addDivision(office(officeCode).getId(), "Bidang " + name).getId();
        return users.create(SYSTEM, office(officeCode).getId(), name, "sandi-uji-panjang",
                new StaffUser.Profile("Kabid " + name, "Kepala Bidang", null, "081299990001", name + "@dinas.contoh.id",
                        divisionId), EnumSet.of(Role.KABID));
    }

    public MeetingRoom room(String officeCode) {
        return officeAdministration.addRoom(office(officeCode).getId(), "Ruang " + UUID.randomUUID().toString()
                .substring(0, 6), "Lantai 1", 8);
    }

    public StaffPrincipal principal(StaffUser user) {
        return user.toPrincipal();
    }

    /** A request submitted online with an applicant e-mail, registered and assigned to the officers. */
    public ConsultationRequest assigned(String officeCode, String email, StaffUser... officers) {
        return assigned(officeCode, email, null, officers);
    }

    /**
     * The same, assigned through a division (as the division head of an office whose standard routes
     * through one does): the request's division is {@code divisionId}.
     */
    public ConsultationRequest assigned(String officeCode, String email, Long divisionId, StaffUser... officers) {
        return assignedInLanguage("id", officeCode, email, divisionId, officers);
    }

    /** The same, the request written in the given language ({@code id} or {@code en}). */
    public ConsultationRequest assignedInLanguage(String language, String officeCode, String email, Long divisionId,
                                                  StaffUser... officers) {
        Office office = office(officeCode);
        Receipt receipt = requests.submit(office.getId(), new NewRequest(Channel.ONLINE, UUID.randomUUID().toString(),
                new NewRequest.ApplicantData(ApplicantType.PERSON, "Pemohon " + email, null, null, null, "+6281234567890",
                        email, null), "Pendampingan keluarga", "Konsultasi pendampingan", ConsultationMode.IN_PERSON, null,
                false, true).inLanguage(language), List.of(), Actor.applicant());
        transactions.executeWithoutResult(status -> {
            ConsultationRequest r = requestRepository.findById(receipt.requestId()).orElseThrow();
            RequestMoves.registerAndAssign(r, "0000/UJI/" + UUID.randomUUID().toString().substring(0, 4), divisionId,
                    java.util.Arrays.stream(officers).map(StaffUser::getId).toList(), Actor.system(), clock.instant());
            requestRepository.save(r);
        });
        return requestRepository.findWholeById(receipt.requestId()).orElseThrow();
    }

    /** The n-th working day from today in the office's calendar (1 = the next one). */
    public LocalDate workingDay(String officeCode, int n) {
        Office office = office(officeCode);
        var calendar = calendars.forOffice(office);
        LocalDate day = LocalDate.now(clock.withZone(office.zone()));
        for (int i = 0; i < n; i++) {
            day = calendar.nextWorkingDay(day);
        }
        return day;
    }

    /** Whether today, in the office's own zone, is one of its working days (not a weekend, not a holiday). */
    public boolean todayIsWorkingDay(String officeCode) {
        Office office = office(officeCode);
        return calendars.forOffice(office).isWorkingDay(LocalDate.now(clock.withZone(office.zone())));
    }

    public Set<Long> ids(StaffUser... officers) {
        return java.util.Arrays.stream(officers).map(StaffUser::getId).collect(java.util.stream.Collectors.toSet());
    }
}
