/*
 * The order page's card payment: loads Stripe.js (Stripe's, or the offline stand-in's: the form's
 * data-stripe-js), mounts Stripe's Payment Element with the PaymentIntent's client secret, and confirms
 * the payment when the shopper presses Pay. On success Stripe sends the browser back to the order page
 * (data-return-url), which reads the intent back; a decline or a missing card is told in the form's
 * alert, and the shopper may try again. No inline script or handler, so a Content-Security-Policy
 * needs only this file and Stripe.js. Mounting is idempotent per form element, so a form that a
 * Faces ajax update draws again is mounted again.
 */
(function () {
  'use strict';

  var FORM = 'cardPaymentForm';

  function alertOf(form) {
    var alert = form.querySelector('.payment-error');
    if (!alert) {
      // the live region exists before anything is said in it, so screen readers announce what comes
      alert = document.createElement('p');
      alert.className = 'payment-error';
      alert.id = 'paymentError';
      alert.setAttribute('role', 'alert');
      form.insertBefore(alert, form.querySelector('button[type="submit"]'));
    }
    return alert;
  }

  function tell(form, message) {
    alertOf(form).textContent = message || '';
  }

  function loadStripe(url) {
    if (typeof window.Stripe === 'function') {
      return Promise.resolve(window.Stripe);
    }
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = url;
      script.onload = function () {
        return typeof window.Stripe === 'function' ? resolve(window.Stripe) : reject(new Error('no Stripe'));
      };
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function mount(form) {
    if (form.getAttribute('data-mounted')) {
      return;
    }
    form.setAttribute('data-mounted', 'true');
    var button = form.querySelector('button[type="submit"]');
    var container = form.querySelector('.payment-element');
    alertOf(form);
    loadStripe(form.getAttribute('data-stripe-js')).then(function (Stripe) {
      var stripe = Stripe(form.getAttribute('data-publishable-key'));
      var elements = stripe.elements({
        clientSecret: form.getAttribute('data-client-secret'),
        appearance: { variables: { colorPrimary: '#c2410c', borderRadius: '6px' } }
      });
      var payment = elements.create('payment');
      payment.on('ready', function () {
        button.disabled = false;
      });
      payment.on('change', function () {
        tell(form, '');
      });
      container.textContent = '';
      payment.mount(container);

      form.addEventListener('submit', function (event) {
        event.preventDefault();
        if (button.disabled) {
          return;
        }
        button.disabled = true;
        form.setAttribute('aria-busy', 'true');
        tell(form, '');
        stripe.confirmPayment({
          elements: elements,
          confirmParams: { return_url: form.getAttribute('data-return-url') }
        }).then(function (result) {
          // on success the browser is on its way to the return URL and this never settles
          if (result.error) {
            tell(form, result.error.message);
          }
        }, function () {
          tell(form, 'Your payment could not be sent. Check your connection and try again.');
        }).then(function () {
          button.disabled = false;
          form.removeAttribute('aria-busy');
        });
      });
    }, function () {
      container.textContent = '';
      tell(form, 'The card form could not be loaded. Check your connection and reload the page.');
    });
  }

  function start() {
    var form = document.getElementById(FORM);
    if (form) {
      mount(form);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
  if (window.faces && window.faces.ajax) {
    window.faces.ajax.addOnEvent(function (data) {
      if (data.status === 'success') {
        start();
      }
    });
  }
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', start);
  }
})();
