// The duty desk's walk-in screen: only the fields of the chosen kind of visit are shown. Without this
// script every field stays visible and the form works the same.
(function () {
    "use strict";

    function showChosenKind(form) {
        var chosen = form.querySelector("input[data-visit-kind-choice]:checked");
        form.querySelectorAll("[data-visit-kind]").forEach(function (group) {
            group.hidden = chosen !== null && group.dataset.visitKind !== chosen.value;
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll("form.walk-in-form").forEach(function (form) {
            showChosenKind(form);
            form.querySelectorAll("input[data-visit-kind-choice]").forEach(function (radio) {
                radio.addEventListener("change", function () {
                    showChosenKind(form);
                });
            });
        });
    });
})();
