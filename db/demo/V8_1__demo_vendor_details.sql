-- The demo shops' business details, as an approved application would have left them.
update vendor v set legal_name = d.legal_name, registration_number = d.registration_number,
    contact_email = d.contact_email, country = d.country, payout_currency = d.currency,
    description = d.description, return_policy = d.return_policy, decided_at = now()
from (values
    ('nordic-kitchen', 'Nordic Kitchen Co. ApS', 'DK-41234567', 'hello@nordic-kitchen.test', 'DK', 'EUR',
     'Kitchen tools and home goods made to last, from small workshops around the Baltic.',
     'Return anything unused within 30 days for a full refund.'),
    ('paper-and-ink', 'Paper & Ink Ltd', 'GB-09876543', 'shop@paper-and-ink.test', 'GB', 'GBP',
     'Notebooks, pens and inks for people who still write by hand.',
     'Returns within 14 days; opened inks cannot be returned.'),
    ('trailhead', 'Trailhead Outfitters Inc.', 'US-EIN-123456789', 'team@trailhead.test', 'US', 'USD',
     'Gear for long walks and nights under the stars.',
     'Unused gear can be returned within 60 days.'),
    ('kyoto-tea', 'Kyoto Tea House KK', 'JP-1234567890123', 'info@kyoto-tea.test', 'JP', 'JPY',
     'Sencha, matcha and hojicha from family farms around Uji.',
     'Sealed tea can be returned within 14 days.')
) as d(slug, legal_name, registration_number, contact_email, country, currency, description, return_policy)
where v.slug = d.slug;
