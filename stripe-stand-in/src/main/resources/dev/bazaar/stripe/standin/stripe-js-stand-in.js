/*
 * Bazaar's offline Stripe.js stand-in, served by the Stripe stand-in (stripe-stand-in/ in Bazaar's repository)
 * at /v3/. Not Stripe's code: it implements only what Bazaar's checkout page uses of Stripe.js, with the same
 * API shape, so the page runs unchanged against real Stripe.js:
 *
 *   var stripe = Stripe('pk_test_...');
 *   var elements = stripe.elements({ clientSecret: '<payment intent client secret>', appearance: {...} });
 *   var payment = elements.create('payment', {});
 *   payment.mount('#payment-element');
 *   payment.on('change', function (e) { ... e.complete ... });
 *   stripe.confirmPayment({ elements: elements, confirmParams: { return_url: '...' }, redirect: 'if_required' })
 *     .then(function (result) { result.error ? ... : result.paymentIntent ... });
 *   stripe.retrievePaymentIntent(clientSecret).then(function (result) { ... });
 *
 * The Payment Element offers three of Stripe's test cards as radio buttons named "standin-card" (values
 * pm_card_visa, pm_card_chargeDeclined, pm_card_chargeDeclinedInsufficientFunds). Confirming posts to
 * /v1/payment_intents/{id}/confirm on the origin this script was loaded from.
 */
(function (global) {
  'use strict';

  var script = document.currentScript;
  var API_ORIGIN = (function () {
    var src = script && script.src;
    if (!src) {
      var candidates = document.querySelectorAll('script[src]');
      for (var i = 0; i < candidates.length; i++) {
        if (/\/v3\/?(stripe\.js)?(\?.*)?$/.test(candidates[i].src)) { src = candidates[i].src; }
      }
    }
    try { return new URL(src, global.location.href).origin; } catch (e) { return global.location.origin; }
  })();

  var CARDS = [
    { paymentMethod: 'pm_card_visa', number: '4242 4242 4242 4242', outcome: 'succeeds' },
    { paymentMethod: 'pm_card_chargeDeclined', number: '4000 0000 0000 0002', outcome: 'is declined' },
    { paymentMethod: 'pm_card_chargeDeclinedInsufficientFunds', number: '4000 0000 0000 9995',
      outcome: 'is declined for insufficient funds' }
  ];

  var counter = 0;

  function integrationError(message) {
    var error = new Error(message);
    error.name = 'IntegrationError';
    return error;
  }

  function intentId(clientSecret) {
    var at = typeof clientSecret === 'string' ? clientSecret.indexOf('_secret_') : -1;
    if (at <= 0) {
      throw integrationError('Invalid value for clientSecret: it should be the client_secret of a PaymentIntent, '
        + 'such as pi_..._secret_...');
    }
    return clientSecret.slice(0, at);
  }

  function encode(params) {
    return Object.keys(params).filter(function (k) { return params[k] !== undefined && params[k] !== null; })
      .map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]); }).join('&');
  }

  // Like Stripe.js: a form-encoded call with the publishable key as the "key" parameter (no preflight needed).
  function call(method, path, params) {
    var url = API_ORIGIN + path;
    var init = { method: method, headers: {}, credentials: 'omit' };
    if (method === 'GET') {
      url += '?' + encode(params);
    } else {
      init.headers['Content-Type'] = 'application/x-www-form-urlencoded';
      init.body = encode(params);
    }
    return global.fetch(url, init).then(function (response) {
      return response.json().then(function (body) { return { status: response.status, body: body }; });
    }, function () {
      return {
        status: 0,
        body: { error: { type: 'api_connection_error',
          message: 'Could not reach Bazaar\'s Stripe stand-in at ' + API_ORIGIN + '. Is it running (scripts/services.sh start stripe)?' } }
      };
    });
  }

  function resolveTarget(target) {
    var node = typeof target === 'string' ? document.querySelector(target) : target;
    if (!node || node.nodeType !== 1) {
      throw integrationError('Invalid DOM element. Make sure to call mount() with a valid DOM element or selector.');
    }
    return node;
  }

  function PaymentElement(group, options) {
    this._group = group;
    this._options = options || {};
    this._handlers = {};
    this._id = 'standin-payment-' + (++counter);
    this._root = null;
    this._container = null;
    this._selected = null;
  }

  PaymentElement.prototype.on = function (event, handler) {
    (this._handlers[event] = this._handlers[event] || []).push(handler);
    return this;
  };

  PaymentElement.prototype.once = function (event, handler) {
    var self = this;
    function wrapper(e) { self.off(event, wrapper); handler(e); }
    return this.on(event, wrapper);
  };

  PaymentElement.prototype.off = function (event, handler) {
    var list = this._handlers[event] || [];
    this._handlers[event] = handler ? list.filter(function (h) { return h !== handler; }) : [];
    return this;
  };

  PaymentElement.prototype._emit = function (event, payload) {
    (this._handlers[event] || []).slice().forEach(function (h) {
      try { h(payload); } catch (e) { setTimeout(function () { throw e; }); }
    });
  };

  PaymentElement.prototype._changeEvent = function () {
    return { elementType: 'payment', empty: !this._selected, complete: !!this._selected, collapsed: false,
      value: { type: 'card' } };
  };

  PaymentElement.prototype.mount = function (target) {
    if (this._root) { throw integrationError('This Element is already mounted. Use unmount() first.'); }
    var container = resolveTarget(target);
    var appearance = this._group._appearance || {};
    var vars = appearance.variables || {};
    var self = this;
    var id = this._id;

    var root = document.createElement('div');
    root.className = 'bazaar-stripe-stand-in';
    root.setAttribute('data-bazaar-stripe-stand-in', 'payment');
    root.style.cssText = 'font-family:' + (vars.fontFamily || 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif')
      + ';color:' + (vars.colorText || '#1f2328') + ';background:' + (vars.colorBackground || '#ffffff')
      + ';border:1px solid #d0d7de;border-radius:' + (vars.borderRadius || '6px') + ';padding:12px 14px;'
      + 'line-height:1.4;font-size:15px;text-align:left;';

    var fieldset = document.createElement('fieldset');
    fieldset.style.cssText = 'border:0;margin:0;padding:0;min-width:0;';
    fieldset.setAttribute('aria-describedby', id + '-notice');

    var legend = document.createElement('legend');
    legend.textContent = 'Test card';
    legend.style.cssText = 'font-weight:600;padding:0;margin-bottom:6px;';
    fieldset.appendChild(legend);

    var notice = document.createElement('p');
    notice.id = id + '-notice';
    notice.setAttribute('role', 'note');
    notice.setAttribute('data-bazaar-stripe-stand-in-notice', '');
    notice.style.cssText = 'margin:0 0 10px;padding:8px 10px;background:#fff8c5;border:1px solid #d4a72c;'
      + 'border-radius:4px;color:#3b2300;font-size:14px;';
    notice.textContent = 'Offline test payment: this is Bazaar\'s offline Stripe test stand-in, not Stripe. '
      + 'No real card is charged and no money moves. Choose one of Stripe\'s test cards below.';
    fieldset.appendChild(notice);

    CARDS.forEach(function (card) {
      var row = document.createElement('div');
      row.style.cssText = 'display:flex;align-items:center;gap:8px;padding:4px 0;';
      var input = document.createElement('input');
      input.type = 'radio';
      input.name = 'standin-card';
      input.value = card.paymentMethod;
      input.id = 'standin-card-' + card.paymentMethod + (counter > 1 ? '-' + id : '');
      input.style.cssText = 'margin:0;width:1.1em;height:1.1em;accent-color:' + (vars.colorPrimary || '#0969da') + ';';
      input.addEventListener('change', function () {
        if (input.checked) {
          self._selected = card.paymentMethod;
          container.classList.remove('StripeElement--empty');
          container.classList.add('StripeElement--complete');
          self._emit('change', self._changeEvent());
        }
      });
      var label = document.createElement('label');
      label.htmlFor = input.id;
      label.style.cssText = 'cursor:pointer;';
      var number = document.createElement('span');
      number.textContent = card.number;
      number.style.cssText = 'font-family:ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;';
      label.appendChild(number);
      label.appendChild(document.createTextNode(' \u2014 ' + card.outcome));
      row.appendChild(input);
      row.appendChild(label);
      fieldset.appendChild(row);
    });

    fieldset.addEventListener('focusin', function () {
      container.classList.add('StripeElement--focus');
      self._emit('focus', { elementType: 'payment' });
    });
    fieldset.addEventListener('focusout', function (e) {
      if (!fieldset.contains(e.relatedTarget)) {
        container.classList.remove('StripeElement--focus');
        self._emit('blur', { elementType: 'payment' });
      }
    });

    root.appendChild(fieldset);
    container.classList.add('StripeElement', this._selected ? 'StripeElement--complete' : 'StripeElement--empty');
    container.appendChild(root);
    this._root = root;
    this._container = container;
    setTimeout(function () { self._emit('ready', { elementType: 'payment' }); }, 0);
    return this;
  };

  PaymentElement.prototype.unmount = function () {
    if (this._root) {
      this._root.parentNode.removeChild(this._root);
      this._container.classList.remove('StripeElement', 'StripeElement--empty', 'StripeElement--complete',
        'StripeElement--focus');
      this._root = null;
      this._container = null;
    }
    return this;
  };

  PaymentElement.prototype.destroy = function () {
    this.unmount();
    this._group._elements.payment = null;
    this._handlers = {};
  };

  PaymentElement.prototype.update = function (options) {
    Object.assign(this._options, options || {});
    return this;
  };

  PaymentElement.prototype.focus = function () {
    if (this._root) {
      var first = this._root.querySelector('input[name="standin-card"]:checked')
        || this._root.querySelector('input[name="standin-card"]');
      if (first) { first.focus(); }
    }
    return this;
  };

  PaymentElement.prototype.blur = function () {
    if (this._root && this._root.contains(document.activeElement)) { document.activeElement.blur(); }
    return this;
  };

  PaymentElement.prototype.clear = function () {
    if (this._root) {
      Array.prototype.forEach.call(this._root.querySelectorAll('input[name="standin-card"]'),
        function (input) { input.checked = false; });
      this._container.classList.remove('StripeElement--complete');
      this._container.classList.add('StripeElement--empty');
    }
    this._selected = null;
    this._emit('change', this._changeEvent());
    return this;
  };

  PaymentElement.prototype.collapse = function () { return this; };

  PaymentElement.prototype._setDisabled = function (disabled) {
    if (this._root) {
      this._root.setAttribute('aria-busy', disabled ? 'true' : 'false');
      Array.prototype.forEach.call(this._root.querySelectorAll('input[name="standin-card"]'),
        function (input) { input.disabled = disabled; });
    }
  };

  function Elements(options) {
    options = options || {};
    this._clientSecret = options.clientSecret || null;
    this._appearance = options.appearance || {};
    this._elements = {};
  }

  Elements.prototype.create = function (type, options) {
    if (type !== 'payment') {
      throw integrationError('Bazaar\'s Stripe.js stand-in only implements the "payment" Element, not "' + type + '".');
    }
    if (this._elements.payment) {
      throw integrationError('Can only create one Element of type payment.');
    }
    this._elements.payment = new PaymentElement(this, options);
    return this._elements.payment;
  };

  Elements.prototype.getElement = function (type) {
    return this._elements[type] || null;
  };

  Elements.prototype.update = function (options) {
    if (options && options.appearance) { this._appearance = options.appearance; }
    return this;
  };

  Elements.prototype.fetchUpdates = function () {
    return Promise.resolve({});
  };

  Elements.prototype.submit = function () {
    var element = this._elements.payment;
    if (!element || !element._selected) {
      return Promise.resolve({ error: incomplete() });
    }
    return Promise.resolve({});
  };

  function incomplete() {
    return { type: 'validation_error', code: 'incomplete',
      message: 'Choose one of the test cards (this is Bazaar\'s offline Stripe test stand-in).' };
  }

  function withReturnParams(returnUrl, intent, status) {
    var url = new URL(returnUrl, global.location.href);
    url.searchParams.set('payment_intent', intent.id);
    url.searchParams.set('payment_intent_client_secret', intent.client_secret);
    url.searchParams.set('redirect_status', status);
    return url.toString();
  }

  function StripeStandIn(publishableKey) {
    this._key = publishableKey;
  }

  StripeStandIn.prototype.elements = function (options) {
    return new Elements(options);
  };

  StripeStandIn.prototype.confirmPayment = function (options) {
    var self = this;
    return new Promise(function (resolve, reject) {
      options = options || {};
      var elements = options.elements;
      if (!(elements instanceof Elements)) {
        throw integrationError('stripe.confirmPayment(): expected the `elements` instance you created the Payment '
          + 'Element with.');
      }
      var clientSecret = options.clientSecret || elements._clientSecret;
      var id = intentId(clientSecret);
      var confirmParams = options.confirmParams || {};
      var redirect = options.redirect || 'always';
      if (redirect !== 'always' && redirect !== 'if_required') {
        throw integrationError('stripe.confirmPayment(): redirect must be "always" or "if_required".');
      }
      if (redirect === 'always' && !confirmParams.return_url) {
        throw integrationError('stripe.confirmPayment(): the `confirmParams.return_url` argument is required unless '
          + 'passing `redirect: \'if_required\'`');
      }
      var element = elements._elements.payment;
      if (!element || !element._root) {
        throw integrationError('stripe.confirmPayment(): the Payment Element is not mounted.');
      }
      if (!element._selected) {
        resolve({ error: incomplete() });
        return;
      }
      element._setDisabled(true);
      call('POST', '/v1/payment_intents/' + encodeURIComponent(id) + '/confirm', {
        key: self._key,
        client_secret: clientSecret,
        payment_method: element._selected,
        return_url: confirmParams.return_url,
        receipt_email: confirmParams.receipt_email
      }).then(function (answer) {
        element._setDisabled(false);
        if (answer.body && answer.body.error) {
          resolve({ error: answer.body.error });
          return;
        }
        var intent = answer.body;
        if (redirect === 'always' && intent.status === 'succeeded') {
          // like Stripe.js: the page leaves, so the promise never settles
          global.location.assign(withReturnParams(confirmParams.return_url, intent, 'succeeded'));
          return;
        }
        resolve({ paymentIntent: intent });
      });
    });
  };

  StripeStandIn.prototype.retrievePaymentIntent = function (clientSecret) {
    var self = this;
    return new Promise(function (resolve) {
      var id = intentId(clientSecret);
      call('GET', '/v1/payment_intents/' + encodeURIComponent(id), { key: self._key, client_secret: clientSecret })
        .then(function (answer) {
          resolve(answer.body && answer.body.error ? { error: answer.body.error } : { paymentIntent: answer.body });
        });
    });
  };

  function Stripe(publishableKey, options) {
    if (typeof publishableKey !== 'string' || publishableKey === '') {
      throw integrationError('Please call Stripe() with your publishable key. You used an empty string.');
    }
    if (/^sk_/.test(publishableKey)) {
      throw integrationError('You should not use your secret key with Stripe.js. Please pass a publishable key instead.');
    }
    if (!/^pk_/.test(publishableKey)) {
      throw integrationError('Invalid value for Stripe(): apiKey should be a publishable key (pk_...).');
    }
    return new StripeStandIn(publishableKey, options);
  }

  Stripe.standIn = { apiOrigin: API_ORIGIN, testCards: CARDS.slice() };
  global.Stripe = Stripe;
})(window);
