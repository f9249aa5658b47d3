package id.konsultasi.consultation.web;

import jakarta.validation.constraints.Size;

/** A reviewer's decision on a report: the version they saw and a remark (required to return it). */
class ReviewForm {

    private Long version;
    @Size(max = 2000)
    private String remark;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }
}
