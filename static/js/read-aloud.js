/* “朗读”: read the page's main text aloud with the browser's speech synthesis.
   The button is rendered hidden and shown only here, where speechSynthesis exists. */
(function () {
    "use strict";
    if (!("speechSynthesis" in window) || typeof window.SpeechSynthesisUtterance !== "function") {
        return;
    }
    var synth = window.speechSynthesis;

    function language() {
        var lang = document.documentElement.lang || "zh-CN";
        return /^zh/i.test(lang) ? "zh-CN" : lang;
    }

    // One utterance per paragraph: Chrome stops a single long utterance after about 15 seconds.
    function chunks(selector) {
        var parts = [];
        document.querySelectorAll(selector).forEach(function (element) {
            element.innerText.split(/\n+/).forEach(function (line) {
                line = line.trim();
                if (line) {
                    parts.push(line);
                }
            });
        });
        return parts;
    }

    document.querySelectorAll("[data-read-aloud]").forEach(function (button) {
        var selector = button.getAttribute("data-read-aloud");
        if (!selector || !document.querySelector(selector)) {
            return;
        }
        var label = button.textContent;
        var stopLabel = button.getAttribute("data-stop-label") || label;
        var wrapper = button.closest(".read-aloud") || button;

        var speaking = false;

        function reset() {
            speaking = false;
            button.textContent = label;
        }

        button.addEventListener("click", function () {
            if (speaking) {
                synth.cancel();
                reset();
                return;
            }
            synth.cancel();
            var parts = chunks(selector);
            parts.forEach(function (text, index) {
                var utterance = new window.SpeechSynthesisUtterance(text);
                utterance.lang = language();
                utterance.rate = 0.9;
                if (index === parts.length - 1) {
                    utterance.onend = reset;
                }
                utterance.onerror = reset;
                synth.speak(utterance);
            });
            speaking = true;
            button.textContent = stopLabel;
        });
        window.addEventListener("pagehide", function () {
            synth.cancel();
        });
        wrapper.hidden = false;
    });
})();
