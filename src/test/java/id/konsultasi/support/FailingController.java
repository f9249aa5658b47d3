package id.konsultasi.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A page that fails, only in tests: to prove that a crash shows the error page and no stack trace. */
@Controller
class FailingController {

    @GetMapping("/uji/gagal")
    String fail() {
        throw new IllegalStateException("boom: SELECT * FROM secret_table");
    }
}
