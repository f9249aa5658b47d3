package id.konsultasi.standardimport.web;

/**
 * Where the pages of one import post to, and where "cancel" leads: the same templates serve the office
 * administrator and the system administrator.
 */
enum ImportPaths {
    OFFICE("/admin/standar/impor", "/admin/standar"),
    NEW_OFFICE("/sistem/kantor/impor", "/sistem/kantor/baru");

    private final String base;
    private final String cancel;

    ImportPaths(String base, String cancel) {
        this.base = base;
        this.cancel = cancel;
    }

    public String getBase() {
        return base;
    }

    public String getCancel() {
        return cancel;
    }

    public boolean isNewOffice() {
        return this == NEW_OFFICE;
    }
}
