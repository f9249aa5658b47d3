package id.konsultasi.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the path of the page, for the language switch, and what the signed-in person
 * sees of the staff area ({@link StaffMenus}).
 */
@ControllerAdvice
class LayoutAdvice {

    private final StaffMenus menus;

    LayoutAdvice(StaffMenus menus) {
        this.menus = menus;
    }

    @ModelAttribute("menu")
    StaffMenu menu() {
        return menus.current();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
