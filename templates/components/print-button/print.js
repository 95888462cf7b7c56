// Print and save: shows the print button (hidden without JavaScript, where the plain link and its hint serve) and
// opens the browser's print dialog, which prints with the site's print styles or saves the page as a PDF.
(function () {
  'use strict';
  var buttons = document.querySelectorAll('.print-button__button');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener('click', function () { window.print(); });
  }
}());
