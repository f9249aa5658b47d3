package id.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.account.UserAdministration;
import id.konsultasi.notification.Outbox;
import id.konsultasi.notification.OutgoingMail;
import id.konsultasi.office.Division;
import id.konsultasi.office.HolidayKind;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.Offices;
import id.konsultasi.request.Receipt;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.RequestJourneys;
import id.konsultasi.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Bad input never answers 500: every POST mapping, and every GET mapping that reads parameters, found from the
 * application's own request mappings, is sent, signed in as a role that may use it (in an office of its own, so
 * that nothing another test relies on changes): no parameters at all, each known field missing, NUL bytes, a
 * 10 000-character value, words where numbers and choices are expected, numbers out of range and impossible
 * dates. None may end in a 500, and none in the "someone else changed this" page unless the same form sent as
 * a browser would gets it too (a state that forbids the step). The known fields are read from the handler's
 * signature: its request parameters and the properties of its form object.
 */
@IntegrationTest
class FormFuzzTests {

    static final String CODE = "uji-fuzz";
    static final String CONFLICT_TITLE = "Data ini baru saja diubah";
    static final String AS_SENT = "as a browser sends it";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    Offices offices;
    @Autowired
    OfficeDirectory directory;
    @Autowired
    OfficeAdministration administration;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    StaffUsers staffUsers;
    @Autowired
    RequestJourneys journeys;
    @Autowired
    Outbox outbox;

    static Office office;
    static final Map<String, String> ids = new LinkedHashMap<>();
    static Receipt receipt;
    /** the request whose tracking pages are fuzzed (cancelled on the way), apart from the one staff work on */
    static Receipt tracked;

    @BeforeEach
    void anOfficeOfItsOwn() {
        if (office != null) {
            return;
        }
        office = offices.findByCode(CODE).orElseGet(() -> {
            Office babel = offices.findByCode("babel").orElseThrow();
            return administration.createOffice(CODE, babel.profile().named("Dinas Uji " + CODE), directory.standard(babel.getId()));
        });
        Division division = administration.addDivision(office.getId(), "Bidang Uji " + System.nanoTime());
        StaffPrincipal system = Staff.principal(users, "admin");
        for (Role role : List.of(Role.OFFICE_ADMIN, Role.KADIS, Role.KABID, Role.PIKET, Role.SEKRETARIAT, Role.PETUGAS)) {
            String username = username(role);
            if (staffUsers.findByUsername(username).isEmpty()) {
                userAdministration.create(system, office.getId(), username, "rahasia-uji-fuzz-123",
                        new StaffUser.Profile("Uji " + role, "Jabatan uji", null, null, null, division.getId()),
                        Set.of(role));
            }
        }
        StaffUser target = userAdministration.create(system, office.getId(), "uji.fuzz.sasaran." + System.nanoTime(),
                "rahasia-uji-fuzz-123", new StaffUser.Profile("Sasaran uji", null, null, null, null, null),
                Set.of(Role.PETUGAS));
        receipt = journeys.submit(CODE, "Pemohon Uji Fuzz", "fuzz@contoh.id");
        tracked = journeys.submit(CODE, "Pemohon Uji Fuzz Lacak", "fuzz.lacak@contoh.id");
        ids.put("/admin/bidang/", String.valueOf(division.getId()));
        ids.put("/admin/ruang/", String.valueOf(administration.addRoom(office.getId(), "Ruang uji " + System.nanoTime(),
                "Lantai 1", 8).getId()));
        ids.put("/admin/libur/", String.valueOf(administration.addHoliday(office.getId(), LocalDate.of(2039, 3, 2),
                "Hari uji", HolidayKind.LOCAL).getId()));
        ids.put("/sistem/libur/", String.valueOf(administration.addHoliday(null, LocalDate.of(2039, 10, 3),
                "Hari nasional uji", HolidayKind.NATIONAL).getId()));
        ids.put("/admin/pengguna/", String.valueOf(target.getId()));
        ids.put("/admin/surel/", String.valueOf(outbox.enqueue(new OutgoingMail(office.getId(), null, "TEST",
                "warga@contoh.id", "Surel uji fuzz", "Isi surel uji.", null, null))));
        ids.put("/sistem/kantor/", String.valueOf(office.getId()));
        ids.put("/staf/", String.valueOf(receipt.requestId()));
    }

    static String username(Role role) {
        return "uji.fuzz." + role.name().toLowerCase(Locale.ROOT);
    }

    /** Who may use the pages under a path (the first prefix that matches); null: anyone. */
    static final Map<String, String> WHO = new LinkedHashMap<>();

    static {
        WHO.put("/sistem", "admin");
        WHO.put("/admin", username(Role.OFFICE_ADMIN));
        WHO.put("/staf/delegasi", username(Role.KADIS));
        WHO.put("/staf/bidang", username(Role.KABID));
        WHO.put("/staf/disposisi", username(Role.KADIS));
        WHO.put("/staf/laporan-konsultasi/bidang", username(Role.KABID));
        WHO.put("/staf/laporan-konsultasi/kepala", username(Role.KADIS));
        WHO.put("/staf/laporan-konsultasi", username(Role.PETUGAS));
        WHO.put("/staf/laporan", username(Role.KADIS));
        WHO.put("/staf/ikm", username(Role.KADIS));
        WHO.put("/staf/piket", username(Role.PIKET));
        WHO.put("/staf/survei", username(Role.PIKET));
        WHO.put("/staf/agenda", username(Role.SEKRETARIAT));
        WHO.put("/staf/permohonan", username(Role.SEKRETARIAT));
        WHO.put("/staf/pengaduan", username(Role.SEKRETARIAT));
        WHO.put("/staf", username(Role.PETUGAS));
    }

    /** A field the handler reads: its name and the type it is bound to. */
    record Field(String name, Class<?> type) {

        boolean text() {
            return type == String.class;
        }

        boolean number() {
            return Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(type));
        }

        boolean temporal() {
            return type == LocalDate.class || type == LocalTime.class || type == LocalDateTime.class
                    || type == YearMonth.class;
        }
    }

    /** One mapping to fuzz: method, pattern, the fields it reads and whether it takes files. */
    record Target(RequestMethod method, String pattern, List<Field> fields, boolean multipart) {

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    List<Target> targets() {
        Map<String, Target> targets = new TreeMap<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("id.konsultasi")
                    || handler.getBeanType().getPackageName().startsWith("id.konsultasi.bench")) {
                continue;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<Field> fields = new ArrayList<>();
            boolean multipart = false;
            for (MethodParameter p : handler.getMethodParameters()) {
                p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                Class<?> type = p.getParameterType();
                if (p.hasParameterAnnotation(PathVariable.class) || p.hasParameterAnnotation(RequestHeader.class)) {
                    continue;
                }
                if (MultipartFile.class.isAssignableFrom(type)) {
                    multipart = true;
                    continue;
                }
                RequestParam param = p.getParameterAnnotation(RequestParam.class);
                if (param != null) {
                    String name = !param.name().isEmpty() ? param.name()
                            : !param.value().isEmpty() ? param.value() : p.getParameterName();
                    fields.add(new Field(name, elementType(ResolvableType.forMethodParameter(p))));
                } else if (isForm(type)) {
                    multipart |= formFields(type, fields);
                }
            }
            for (String pattern : info.getPatternValues()) {
                if (methods.contains(RequestMethod.POST)) {
                    targets.put("POST " + pattern, new Target(RequestMethod.POST, pattern, fields, multipart));
                }
                if ((methods.isEmpty() || methods.contains(RequestMethod.GET)) && !fields.isEmpty()) {
                    targets.put("GET " + pattern, new Target(RequestMethod.GET, pattern, fields, false));
                }
            }
        }
        return List.copyOf(targets.values());
    }

    static boolean isForm(Class<?> type) {
        return type.getPackageName().startsWith("id.konsultasi") && !type.isEnum() && !type.isInterface()
                && !BeanUtils.isSimpleProperty(type) && !type.getSimpleName().equals("StaffPrincipal");
    }

    /** Adds the form's simple properties; true when it has a file. */
    static boolean formFields(Class<?> form, List<Field> fields) {
        boolean multipart = false;
        if (form.isRecord()) {
            for (RecordComponent component : form.getRecordComponents()) {
                Class<?> type = component.getType();
                if (MultipartFile.class.isAssignableFrom(type)) {
                    multipart = true;
                } else if (bindable(type)) {
                    fields.add(new Field(component.getName(), type));
                }
            }
            return multipart;
        }
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(form)) {
            if (property.getWriteMethod() == null) {
                continue;
            }
            Class<?> type = property.getPropertyType();
            if (MultipartFile.class.isAssignableFrom(type)) {
                multipart = true;
                continue;
            }
            if (Collection.class.isAssignableFrom(type)) {
                Class<?> element = ResolvableType.forMethodParameter(property.getWriteMethod(), 0).asCollection()
                        .resolveGeneric(0);
                if (element != null && MultipartFile.class.isAssignableFrom(element)) {
                    multipart = true;
                } else if (element != null && bindable(element)) {
                    fields.add(new Field(property.getName(), element));
                }
            } else if (bindable(type)) {
                fields.add(new Field(property.getName(), type));
            }
        }
        return multipart;
    }

    static Class<?> elementType(ResolvableType type) {
        Class<?> raw = type.toClass();
        if (Collection.class.isAssignableFrom(raw)) {
            Class<?> element = type.asCollection().resolveGeneric(0);
            return element == null ? String.class : element;
        }
        return raw;
    }

    static boolean bindable(Class<?> type) {
        return BeanUtils.isSimpleValueType(type) || type == YearMonth.class;
    }

    static String sample(Field field) {
        Class<?> type = ClassUtils.resolvePrimitiveIfNecessary(field.type());
        if (field.name().equals("version")) {
            return "0";
        }
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == Boolean.class) {
            return "true";
        }
        if (field.number()) {
            return "1";
        }
        if (type == LocalDate.class) {
            return "2039-08-01";
        }
        if (type == LocalTime.class) {
            return "10:00";
        }
        if (type == LocalDateTime.class) {
            return "2039-08-01T10:00";
        }
        if (type == YearMonth.class) {
            return "2039-08";
        }
        String name = field.name().toLowerCase(Locale.ROOT);
        if (name.contains("email")) {
            return "uji@contoh.id";
        }
        if (name.contains("phone") || name.contains("telepon")) {
            return "081234567890";
        }
        if (name.contains("password")) {
            return "rahasia-uji-fuzz-456";
        }
        return "Uji fuzz";
    }

    static String invalidDate(Field field) {
        if (field.type() == LocalTime.class) {
            return "25:61";
        }
        if (field.type() == YearMonth.class) {
            return "2039-13";
        }
        return field.type() == LocalDateTime.class ? "2039-02-30T10:00" : "2039-02-30";
    }

    String url(Target target) {
        String pattern = target.pattern();
        String id = ids.entrySet().stream().filter(e -> pattern.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("1");
        return pattern.replace("{code}", CODE).replace("{token}", tracked.trackingToken())
                .replace("{requestId}", String.valueOf(receipt.requestId())).replace("{documentId}", "1")
                .replace("{id}", id).replace("{kind}", "RECEIPT");
    }

    String who(String pattern) {
        return WHO.entrySet().stream().filter(e -> pattern.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** The variations of the form as a browser would send it, by name. */
    static Map<String, Map<String, String>> cases(Target target) {
        Map<String, String> base = new LinkedHashMap<>();
        target.fields().forEach(f -> base.put(f.name(), sample(f)));
        Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        cases.put(AS_SENT, base);
        cases.put("no parameters", Map.of());
        // a filter's parameters are optional (no parameters at all covers them); a form's each missing in turn
        for (Field field : target.method() == RequestMethod.GET ? List.<Field>of() : target.fields()) {
            Map<String, String> without = new LinkedHashMap<>(base);
            without.remove(field.name());
            cases.put("without " + field.name(), without);
        }
        cases.put("NUL bytes", replace(target, base, Field::text, f -> "Uji\u0000fuzz\u0000"));
        // passwords over 72 bytes are the access part's (issue 13, "Passwords")
        cases.put("10 000 characters", replace(target, base, f -> f.text() && !f.name().toLowerCase(Locale.ROOT)
                .contains("password"), f -> "x".repeat(10_000)));
        cases.put("words for numbers and choices", replace(target, base, f -> f.number() || f.type().isEnum(),
                f -> "abc"));
        // a wrong version is a stale form, rightly the 409 page: only missing or unreadable versions are fuzzed
        cases.put("numbers out of range", replace(target, base, f -> f.number() && !f.name().equals("version"),
                f -> "2147483647"));
        cases.put("impossible dates", replace(target, base, Field::temporal, FormFuzzTests::invalidDate));
        return cases;
    }

    static Map<String, String> replace(Target target, Map<String, String> base,
                                       java.util.function.Predicate<Field> which,
                                       java.util.function.Function<Field, String> value) {
        Map<String, String> changed = new LinkedHashMap<>(base);
        target.fields().stream().filter(which).forEach(f -> changed.put(f.name(), value.apply(f)));
        return changed;
    }

    AbstractMockHttpServletRequestBuilder<?> request(Target target, String url, Map<String, String> params) {
        AbstractMockHttpServletRequestBuilder<?> request = target.method() == RequestMethod.GET ? get(url)
                : target.multipart() ? multipart(url).with(csrf()) : post(url).with(csrf());
        params.forEach(request::param);
        String username = who(target.pattern());
        if (username != null) {
            request.with(Staff.as(users, username));
        }
        return request;
    }

    static boolean conflict(int status, String body) {
        return status == 409 || body.contains(CONFLICT_TITLE);
    }

    /** The status, or 500 when the exception reached the servlet container. */
    String send(AbstractMockHttpServletRequestBuilder<?> request, List<Integer> status) {
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            status.add(response.getStatus());
            return response.getContentAsString();
        } catch (Exception e) {
            status.add(500);
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return root.toString();
        }
    }

    @Test
    void noFormOrFilterAnswers500() {
        List<Target> targets = targets();
        assertThat(targets).as("mappings found").hasSizeGreaterThan(60);
        List<String> failures = new ArrayList<>();
        for (Target target : targets) {
            String url = url(target);
            Map<String, Map<String, String>> cases = cases(target);
            for (var variation : cases.entrySet()) {
                List<Integer> status = new ArrayList<>();
                String body = send(request(target, url, variation.getValue()), status);
                if (status.get(0) >= 500) {
                    failures.add(target + " " + variation.getKey() + ": " + status.get(0) + " "
                            + body.substring(0, Math.min(200, body.length())));
                } else if (conflict(status.get(0), body) && !variation.getKey().equals(AS_SENT)) {
                    // right when the record changed meanwhile (an earlier variation saved it) or its state forbids
                    // the step: then the form as a browser sends it gets the same page now
                    List<Integer> again = new ArrayList<>();
                    if (!conflict(0, send(request(target, url, cases.get(AS_SENT)), again)) && again.get(0) != 409) {
                        failures.add(target + " " + variation.getKey() + ": the \"changed by someone else\" page");
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theLoginFormNeverAnswers500() {
        List<Map<String, String>> forms = List.of(Map.of(), Map.of("password", "konsultasi-demo"),
                Map.of("username", "kadis.buton"), Map.of("username", "kadis\u0000.buton", "password", "konsultasi-demo"),
                Map.of("username", "x".repeat(10_000), "password", "konsultasi-demo"));
        List<String> failures = new ArrayList<>();
        for (Map<String, String> form : forms) {
            MockHttpServletRequestBuilder login = post("/masuk").with(csrf());
            form.forEach(login::param);
            List<Integer> status = new ArrayList<>();
            String body = send(login, status);
            if (status.get(0) >= 500) {
                failures.add(form.keySet() + ": " + status.get(0) + " " + body.substring(0, Math.min(200, body.length())));
            }
        }
        assertThat(failures).isEmpty();
    }

}
