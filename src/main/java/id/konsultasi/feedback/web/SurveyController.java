package id.konsultasi.feedback.web;

import id.konsultasi.feedback.RespondentEducation;
import id.konsultasi.feedback.RespondentOccupation;
import id.konsultasi.feedback.RespondentSex;
import id.konsultasi.feedback.SkmQuestion;
import id.konsultasi.feedback.SurveyService;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.RequestService;
import id.konsultasi.shared.security.StaffPrincipal;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The satisfaction survey: the applicant of a closed consultation answers once through the tracking
 * link; at the desk, the duty officer's kiosk lets walk-in respondents answer one after another,
 * anonymously, the form starting afresh after each.
 */
@Controller
class SurveyController {

    private final SurveyService surveys;
    private final RequestService requests;
    private final Offices offices;

    SurveyController(SurveyService surveys, RequestService requests, Offices offices) {
        this.surveys = surveys;
        this.requests = requests;
        this.offices = offices;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("questions", SkmQuestion.values());
        model.addAttribute("sexes", RespondentSex.values());
        model.addAttribute("educations", RespondentEducation.values());
        model.addAttribute("occupations", RespondentOccupation.values());
    }

    @GetMapping("/lacak/{token}/survei")
    String form(@PathVariable String token, Model model, RedirectAttributes redirect) {
        ConsultationRequest request = requests.byToken(token);
        return switch (surveys.state(token)) {
            case NOT_YET -> {
                redirect.addFlashAttribute("flash", "survey.notYet");
                yield "redirect:/lacak/" + token;
            }
            case ANSWERED -> done(request, model);
            case OPEN -> {
                model.addAttribute("form", new SurveyForm());
                yield formView(request, model);
            }
        };
    }

    @PostMapping("/lacak/{token}/survei")
    String answer(@PathVariable String token, @Valid @ModelAttribute("form") SurveyForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        ConsultationRequest request = requests.byToken(token);
        if (surveys.state(token) == SurveyService.InvitationState.NOT_YET) {
            redirect.addFlashAttribute("flash", "survey.notYet");
            return "redirect:/lacak/" + token;
        }
        if (result.hasErrors()) {
            return formView(request, model);
        }
        SurveyService.Outcome outcome = surveys.answerInvitation(token, form.toAnswer());
        redirect.addFlashAttribute("flash",
                outcome == SurveyService.Outcome.SAVED ? "survey.thanks" : "survey.alreadyAnswered");
        return "redirect:/lacak/" + token + "/survei";
    }

    @GetMapping("/staf/survei/kios")
    String kiosk(StaffPrincipal staff, Model model) {
        model.addAttribute("form", new SurveyForm());
        return kioskView(staff, model);
    }

    @PostMapping("/staf/survei/kios")
    String answerAtKiosk(StaffPrincipal staff, @Valid @ModelAttribute("form") SurveyForm form, BindingResult result,
                         Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return kioskView(staff, model);
        }
        surveys.answerAtKiosk(staff, form.toAnswer());
        redirect.addFlashAttribute("flash", "survey.kiosk.thanks");
        return "redirect:/staf/survei/kios";
    }

    private String formView(ConsultationRequest request, Model model) {
        model.addAttribute("office", offices.require(request.getOfficeId()));
        model.addAttribute("receiptNumber", request.getReceiptNumber());
        model.addAttribute("token", request.getTrackingToken());
        return "feedback/survey-form";
    }

    private String done(ConsultationRequest request, Model model) {
        model.addAttribute("office", offices.require(request.getOfficeId()));
        model.addAttribute("receiptNumber", request.getReceiptNumber());
        model.addAttribute("token", request.getTrackingToken());
        return "feedback/survey-done";
    }

    private String kioskView(StaffPrincipal staff, Model model) {
        model.addAttribute("office", offices.require(staff.requireOffice()));
        return "feedback/kiosk";
    }
}
