package id.konsultasi.reporting.web;

import id.konsultasi.reporting.PerformancePeriod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The head publishes a period (a quarter, or the whole year without one) with what the office changed. */
class PerformanceForm {

    static final int MAX_TEXT = 2000;

    @NotNull
    @Min(PerformancePeriod.FIRST_YEAR)
    @Max(9999)
    private Integer year;
    @Min(1)
    @Max(4)
    private Integer quarter;
    @NotBlank
    @Size(max = MAX_TEXT)
    private String followUp;

    PerformancePeriod period() {
        return new PerformancePeriod(year, quarter);
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Integer getQuarter() { return quarter; }
    public void setQuarter(Integer quarter) { this.quarter = quarter; }
    public String getFollowUp() { return followUp; }
    public void setFollowUp(String followUp) { this.followUp = followUp; }
}
