package id.konsultasi.demo;

import id.konsultasi.office.OfficeProfile;
import id.konsultasi.office.ServiceStandard;

/** The demo offices' profiles and standards, for tests outside this package (StandardParserTests compares them). */
public final class DemoStandards {

    private DemoStandards() {
    }

    public static OfficeProfile profile(String code) {
        return seed(code).profile();
    }

    public static ServiceStandard.Revision standard(String code) {
        return seed(code).standard();
    }

    private static DemoOffices.Seed seed(String code) {
        return switch (code) {
            case "buton" -> DemoOffices.BUTON;
            case "babel" -> DemoOffices.BABEL;
            default -> throw new IllegalArgumentException(code);
        };
    }
}
