// Tsunagu: small progressive enhancements. Every page works without this file.
(function () {
  'use strict';
  // htmx requests carry the CSRF token from the page's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // After a form with errors is shown, move focus to its error summary so keyboard and screen reader users hear it.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('.error-summary');
    if (summary) {
      summary.focus();
    }
  });
  // Buttons that ask before a destructive action: <button data-confirm="...">.
  document.addEventListener('click', function (event) {
    var target = event.target.closest('[data-confirm]');
    if (target && !window.confirm(target.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });
})();
// The child picker (fragments/child-picker.html): Enter searches instead of submitting the form; choosing a
// result fills the form's child id, ticks the "linked" choice when the form has one, and says what was chosen.
(function () {
  'use strict';
  document.addEventListener('keydown', function (event) {
    var query = event.target.closest && event.target.closest('[data-child-query]');
    if (query && event.key === 'Enter') {
      event.preventDefault();
      query.dispatchEvent(new CustomEvent('picker-search', { bubbles: true }));
    }
  });
  document.addEventListener('click', function (event) {
    var choice = event.target.closest && event.target.closest('[data-child-choice]');
    if (!choice) {
      return;
    }
    var picker = choice.closest('[data-child-picker]');
    var field = picker && document.getElementById(picker.getAttribute('data-child-picker'));
    if (!field) {
      return;
    }
    field.value = choice.getAttribute('data-child-choice');
    var linked = field.form && field.form.querySelector('[data-link-when-chosen]');
    if (linked) {
      linked.checked = true;
    }
    var chosen = document.getElementById(picker.getAttribute('data-child-picker') + '-chosen');
    if (chosen) {
      chosen.textContent = (chosen.getAttribute('data-prefix') || '') + choice.getAttribute('data-child-label');
    }
    field.focus();
  });
})();
