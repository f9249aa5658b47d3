// Layanan Konsultasi: small progressive enhancements; every page works without them.
(function () {
    "use strict";

    document.addEventListener("DOMContentLoaded", function () {
        // Bring the error summary into view and focus so that keyboard and screen-reader users hear it.
        var summary = document.getElementById("error-summary");
        if (summary) {
            summary.focus();
        }
        // A second click on a submit button while the first is under way sends nothing twice.
        document.querySelectorAll("form[method='post'], form[method='POST']").forEach(function (form) {
            form.addEventListener("submit", function () {
                if (form.dataset.submitting === "true") {
                    return;
                }
                form.dataset.submitting = "true";
                window.setTimeout(function () {
                    form.querySelectorAll("button[type='submit']").forEach(function (b) {
                        b.disabled = true;
                    });
                }, 0);
            });
        });
    });

    // Parts of a form shown only for one choice of a radio group: data-show-if="name=value", or for every
    // choice but one: data-show-if="name!=value".
    document.addEventListener("DOMContentLoaded", function () {
        var parts = document.querySelectorAll("[data-show-if]");
        if (!parts.length) {
            return;
        }
        function update() {
            parts.forEach(function (part) {
                var condition = part.getAttribute("data-show-if").split("=");
                var unless = condition[0].slice(-1) === "!";
                var name = unless ? condition[0].slice(0, -1) : condition[0];
                var form = part.closest("form") || document;
                var chosen = form.querySelector("input[name='" + name + "']:checked");
                part.hidden = chosen !== null && (chosen.value === condition[1]) === unless;
            });
        }
        document.addEventListener("change", update);
        update();
    });

    // A print button (the lembar disposisi).
    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest("[data-print]") : null;
        if (button) {
            window.print();
        }
    });

    // Signing out forgets the copies of unsaved forms kept in this browser (js/consultation-draft.js).
    document.addEventListener("submit", function (event) {
        var action = event.target.getAttribute("action") || "";
        if (/\/keluar$/.test(action) && window.localStorage) {
            try {
                Object.keys(window.localStorage).filter(function (key) {
                    return key.indexOf("konsultasi-draft:") === 0;
                }).forEach(function (key) {
                    window.localStorage.removeItem(key);
                });
            } catch (e) {
                // storage not available: nothing kept
            }
        }
    });

    // Coming back to a page from the browser history makes its buttons usable again.
    window.addEventListener("pageshow", function () {
        document.querySelectorAll("form[data-submitting='true']").forEach(function (form) {
            form.dataset.submitting = "false";
            form.querySelectorAll("button[type='submit']").forEach(function (b) {
                b.disabled = false;
            });
        });
    });
})();
