package id.konsultasi.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    /**
     * The login page; after too many failed attempts ({@code ?tunggu=<seconds>}, {@code &terkunci} when locked) it says
     * so and when to try again, in seconds under a minute, else in whole minutes (rounded up).
     */
    @GetMapping("/masuk")
    String login(@RequestParam(name = "tunggu", required = false) String wait,
                 @RequestParam(name = "terkunci", required = false) String locked, Model model) {
        long seconds = seconds(wait);
        if (seconds > 0) {
            boolean inMinutes = locked != null || seconds >= 60;
            model.addAttribute("waitKey", locked != null ? "login.locked"
                    : inMinutes ? "login.throttled.minutes" : "login.throttled.seconds");
            model.addAttribute("waitAmount", inMinutes ? (seconds + 59) / 60 : seconds);
        }
        return "account/login";
    }

    private static long seconds(String wait) {
        if (wait == null || !wait.matches("[0-9]{1,7}")) {
            return 0;
        }
        return Long.parseLong(wait);
    }
}
