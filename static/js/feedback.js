/* “对您有帮助吗？”: send the answer in place. Without this script the form posts and the reader comes back
   to the page at #feedback-thanks; a mistake the server finds is shown here, or on its own page. */
(function () {
    "use strict";
    document.querySelectorAll("[data-feedback-form]").forEach(function (form) {
        var section = form.closest(".feedback");
        var thanks = section && section.querySelector(".feedback__thanks");
        var status = form.querySelector("[data-feedback-error]");
        var busy = false;

        form.addEventListener("submit", function (event) {
            if (!window.fetch || !window.FormData || !thanks) {
                return;
            }
            event.preventDefault();
            if (busy) {
                return;
            }
            busy = true;
            var data = new FormData(form);
            if (event.submitter && event.submitter.name) {
                data.append(event.submitter.name, event.submitter.value);
            }
            fetch(form.action, {
                method: "POST",
                body: data,
                credentials: "same-origin",
                headers: {"X-Requested-With": "XMLHttpRequest", "Accept": "application/json"}
            }).then(function (response) {
                return response.json().catch(function () {
                    return {ok: false};
                });
            }).then(function (result) {
                busy = false;
                if (result.ok) {
                    form.hidden = true;
                    section.classList.add("feedback--done");
                    thanks.focus();
                    return;
                }
                var messages = [];
                if (result.errors) {
                    Object.keys(result.errors).forEach(function (field) {
                        messages = messages.concat(result.errors[field]);
                    });
                }
                status.textContent = messages.length ? messages.join(" ") : (result.message || form.getAttribute("data-error-message"));
                status.hidden = false;
            }).catch(function () {
                busy = false;
                // The script's request failed: send the plain form, with the answer chosen.
                if (event.submitter && event.submitter.name) {
                    var answer = document.createElement("input");
                    answer.type = "hidden";
                    answer.name = event.submitter.name;
                    answer.value = event.submitter.value;
                    form.appendChild(answer);
                }
                form.submit();
            });
        });
    });
})();
