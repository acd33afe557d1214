/* Progressive enhancement for quizzes (防骗小测验). Without this file a quiz is a form that POSTs to the
   page, which comes back with the answers marked. With it, the same POST asks for JSON and the marked
   quiz replaces the form in place: the answer is counted the same way. No external libraries. */
(function () {
    "use strict";
    if (!window.fetch || !window.FormData || !Element.prototype.closest) { return; }

    var originals = {};  // quiz id -> the unanswered quiz, for "再做一次"

    function focusResult(section) {
        var target = section.querySelector("[data-quiz-focus]");
        if (target) {
            target.focus({ preventScroll: true });
            target.scrollIntoView({ block: "nearest" });
        }
    }

    function replace(section, html) {
        var holder = document.createElement("div");
        holder.innerHTML = html;
        var fresh = holder.querySelector("[data-quiz]");
        if (!fresh) { return null; }
        section.parentNode.replaceChild(fresh, section);
        return fresh;
    }

    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (!form.matches || !form.matches("[data-quiz-form]")) { return; }
        var section = form.closest("[data-quiz]");
        event.preventDefault();
        if (!originals[section.id]) { originals[section.id] = section.cloneNode(true); }
        var button = form.querySelector("button[type='submit']");
        if (button) { button.disabled = true; }
        fetch(form.action, {
            method: "POST",
            body: new FormData(form),
            headers: { "Accept": "application/json" },
            credentials: "same-origin"
        }).then(function (response) {
            return response.json();
        }).then(function (data) {
            var fresh = replace(section, data.html);
            if (!fresh) { throw new Error("no quiz in the answer"); }
            focusResult(fresh);
        }).catch(function () {
            // Whatever went wrong, the page itself can still answer.
            if (button) { button.disabled = false; }
            form.submit();
        });
    });

    document.addEventListener("click", function (event) {
        var link = event.target.closest && event.target.closest("[data-quiz-again]");
        if (!link) { return; }
        var section = link.closest("[data-quiz]");
        var original = section && originals[section.id];
        if (!original) { return; }  // answered without this script: the link reloads the page
        event.preventDefault();
        var fresh = original.cloneNode(true);
        fresh.querySelectorAll("input[type='radio']").forEach(function (input) { input.checked = false; });
        section.parentNode.replaceChild(fresh, section);
        var first = fresh.querySelector("input[type='radio']");
        if (first) { first.focus(); }
    });
}());
