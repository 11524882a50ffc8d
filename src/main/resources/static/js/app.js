// Réciproque's small script: progressive enhancements only; every page works without it.
(function () {
  'use strict';
  // Focus the first field in error after a failed submission, so that keyboard and
  // screen-reader users land where the problem is.
  document.addEventListener('DOMContentLoaded', function () {
    var invalid = document.querySelector('[aria-invalid="true"]');
    if (invalid) {
      invalid.focus();
    }
  });
})();
