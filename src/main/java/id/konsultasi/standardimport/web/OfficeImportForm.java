package id.konsultasi.standardimport.web;

import id.konsultasi.office.web.ProfileForm;

/**
 * The review of an office administrator: the standard, and the profile as the header gives it (name, address,
 * phone, website, e-mail; the rest as the office has it), stored only when {@code updateProfile} is ticked.
 */
class OfficeImportForm extends ImportForm {

    private boolean updateProfile;
    private ProfileForm profile = new ProfileForm();

    public boolean isUpdateProfile() { return updateProfile; }
    public void setUpdateProfile(boolean updateProfile) { this.updateProfile = updateProfile; }
    public ProfileForm getProfile() { return profile; }
    public void setProfile(ProfileForm profile) { this.profile = profile; }
}
