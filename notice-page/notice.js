// The conversation behind a notice link (issue 18). The link's secret is in the URL's
// fragment, which the browser never sends; this page sends it as a bearer token to
// /v1/notice/messages. Every text is rendered as text (textContent), never as HTML.
// A continuity link (issue 20) opens with a code: the page asks for one to the
// visitor's verified phone or email (/v1/notice/code), and a right code answers an open
// link's secret, which the page keeps in memory only and uses instead.
(function () {
  "use strict";
  var token = decodeURIComponent(location.hash.replace(/^#/, ""));
  var status = document.getElementById("status");
  var list = document.getElementById("messages");
  var form = document.getElementById("reply");
  var text = document.getElementById("text");
  var codeForm = document.getElementById("code-form");
  var code = document.getElementById("code");

  function errorOf(reply, otherwise) {
    return (reply.body && reply.body.error && reply.body.error.message) || otherwise;
  }

  function say(message, isError) {
    status.textContent = message;
    status.className = isError ? "error" : "";
  }

  // Shows the code step: "Send me a code", then the code field.
  function askForCode() {
    say("");
    list.hidden = true;
    form.hidden = true;
    codeForm.hidden = false;
  }

  document.getElementById("send-code").addEventListener("click", function () {
    call("POST", null, "/v1/notice/code").then(function (reply) {
      if (reply.status !== 202) {
        say(errorOf(reply, "The code could not be sent."), true);
        return;
      }
      var minutes = Math.max(1, Math.ceil(reply.body.expires_in_seconds / 60));
      say("We sent you a code. It works for " + minutes + " minutes.");
      [code, code.labels[0], document.getElementById("check-code")].forEach(function (el) {
        el.hidden = false;
      });
      code.focus();
    });
  });

  codeForm.addEventListener("submit", function (event) {
    event.preventDefault();
    call("POST", { code: code.value }, "/v1/notice/code/check").then(function (reply) {
      if (reply.status !== 200) {
        say(errorOf(reply, "That code did not open the conversation."), true);
        code.focus();
        return;
      }
      token = reply.body.token;
      codeForm.hidden = true;
      load();
    });
  });

  function call(method, body, path) {
    return fetch(path || "/v1/notice/messages", {
      method: method,
      headers: Object.assign(
        { Authorization: "Bearer " + token },
        body ? { "Content-Type": "application/json" } : {}
      ),
      body: body ? JSON.stringify(body) : undefined,
      credentials: "omit",
      cache: "no-store",
    }).then(function (response) {
      return response.json().then(function (json) {
        return { status: response.status, body: json };
      });
    });
  }

  function fail(message) {
    status.textContent = message;
    status.className = "error";
    list.hidden = true;
    form.hidden = true;
    codeForm.hidden = true;
  }

  // An after-treatment survey (its invitation's client_msg_id is `survey:<id>`), until
  // the patient's answer (`survey-answer:<id>`) is in the conversation.
  function surveyForm(surveyId) {
    var form = document.createElement("form");
    form.className = "survey";
    var rating = document.createElement("select");
    rating.required = true;
    rating.setAttribute("aria-label", "How are you? 1 (bad) to 5 (very well)");
    [["", "How are you? (1 bad, 5 very well)"], ["5", "5"], ["4", "4"], ["3", "3"],
      ["2", "2"], ["1", "1"]].forEach(function (pair) {
      var option = document.createElement("option");
      option.value = pair[0];
      option.textContent = pair[1];
      rating.appendChild(option);
    });
    var problemsLabel = document.createElement("label");
    var problems = document.createElement("input");
    problems.type = "checkbox";
    problemsLabel.appendChild(problems);
    problemsLabel.appendChild(document.createTextNode(" I have had problems since"));
    var comment = document.createElement("textarea");
    comment.rows = 2;
    comment.maxLength = 2000;
    comment.setAttribute("aria-label", "Anything else you want to tell us");
    var send = document.createElement("button");
    send.type = "submit";
    send.textContent = "Send my answers";
    [rating, problemsLabel, comment, send].forEach(function (el) { form.appendChild(el); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var body = { rating: Number(rating.value), problems: problems.checked,
        comment: comment.value || null };
      call("POST", body, "/v1/notice/surveys/" + encodeURIComponent(surveyId))
        .then(function (reply) {
          if (reply.status === 200 || reply.status === 201) {
            load();
          } else {
            status.textContent = (reply.body && reply.body.error &&
              reply.body.error.message) || "Your answers could not be sent.";
            status.className = "error";
          }
        });
    });
    return form;
  }

  function show(conversation) {
    var answered = {};
    conversation.messages.forEach(function (message) {
      var id = message.client_msg_id || "";
      if (id.indexOf("survey-answer:") === 0) {
        answered[id.slice("survey-answer:".length)] = true;
      }
    });
    document.getElementById("title").textContent =
      "Messages from " + conversation.clinic_name;
    list.textContent = "";
    conversation.messages.forEach(function (message) {
      var item = document.createElement("li");
      var who = document.createElement("span");
      who.className = "who";
      var mine = message.author === "visitor";
      who.textContent = mine ? "You" : message.author_name || conversation.clinic_name;
      item.className = mine ? "mine" : "";
      item.appendChild(who);
      item.appendChild(document.createTextNode(message.text));
      var id = message.client_msg_id || "";
      if (message.author === "system" && id.indexOf("survey:") === 0 &&
          !answered[id.slice("survey:".length)]) {
        item.appendChild(surveyForm(id.slice("survey:".length)));
      }
      list.appendChild(item);
    });
    status.textContent = "";
    status.className = "";
    list.hidden = false;
    form.hidden = false;
  }

  function load() {
    return call("GET").then(function (reply) {
      if (reply.status === 200) {
        show(reply.body);
      } else if (reply.body && reply.body.error &&
          reply.body.error.code === "notice_code_required") {
        askForCode();
      } else {
        fail((reply.body && reply.body.error && reply.body.error.message) ||
          "This link can't be opened.");
      }
    }, function () {
      fail("The clinic's service can't be reached. Try again in a moment.");
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var body = { client_msg_id: crypto.randomUUID(), text: text.value };
    call("POST", body).then(function (reply) {
      if (reply.status === 200 || reply.status === 201) {
        text.value = "";
        load();
      } else {
        status.textContent = (reply.body && reply.body.error && reply.body.error.message) ||
          "Your answer could not be sent.";
        status.className = "error";
      }
    });
  });

  if (!token) {
    fail("Open this page from the link in the clinic's message.");
  } else {
    load();
  }
})();
