// The bell in the header: its unread count refreshes itself (every 30 seconds: data-refresh, from
// konsultasi.alert.bell-refresh), so that an officer sees a new notification (an urgent walk-in) without reloading
// the page. It stops asking once the person has not touched the page for data-idle milliseconds (half the session's
// timeout: a page left open on a shared PC must not keep its session alive), and asks again at the next touch.
// Without script the count is the page's.
(function () {
    "use strict";

    function refresh(bell) {
        var url = bell.getAttribute("data-count-url");
        if (!url || !window.fetch) {
            return;
        }
        window.fetch(url, {credentials: "same-origin", headers: {"Accept": "application/json"}, redirect: "error"})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("no count");
                }
                return response.json();
            })
            .then(function (data) {
                var count = document.getElementById("bell-count");
                var label = document.getElementById("bell-label");
                if (count) {
                    count.textContent = String(data.unread);
                    count.hidden = data.unread === 0;
                }
                if (label && label.textContent !== data.label) {
                    label.textContent = data.label;
                }
            })
            .catch(function () {
                // signed out or offline: the count stays as it was
            });
    }

    document.addEventListener("DOMContentLoaded", function () {
        var bell = document.getElementById("bell");
        if (!bell) {
            return;
        }
        var interval = parseInt(bell.getAttribute("data-refresh"), 10);
        var lastTouch = Date.now();
        function idle() {
            var limit = parseInt(bell.getAttribute("data-idle"), 10);
            return !isNaN(limit) && Date.now() - lastTouch > limit;
        }
        ["keydown", "pointerdown", "wheel", "touchstart"].forEach(function (kind) {
            window.addEventListener(kind, function () {
                var wasIdle = idle();
                lastTouch = Date.now();
                if (wasIdle) {
                    refresh(bell);
                }
            }, {passive: true, capture: true});
        });
        window.setInterval(function () {
            if (!document.hidden && !idle()) {
                refresh(bell);
            }
        }, interval >= 5000 ? interval : 30000);
        document.addEventListener("visibilitychange", function () {
            if (!document.hidden && !idle()) {
                refresh(bell);
            }
        });
    });
})();
