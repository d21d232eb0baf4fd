-- Shop search (issue 19, docs/adr/0019): shop_search holds one row for every shop a shopper may find
-- (APPROVED; a pending, rejected or suspended shop has none) with the words it is found by: its name
-- (weight A), where it is (the cities of its stock locations and its country's name in English and
-- German, B) and its description (C). Triggers keep it inside the transaction that changes the shop, as
-- product_search is kept (ADR 0008): a suspended shop is gone when the suspension commits.
--
-- shop_word is its vocabulary for typo tolerance, kept apart from search_word (V30) so that a word only a
-- shop's description has is never offered as the correction of a product search's word.

create table country_name (
    code    char(2) primary key check (code ~ '^[A-Z]{2}$'),
    english text    not null,
    german  text    not null
);
insert into country_name (code, english, german) values
    ('AD', 'Andorra', 'Andorra'), ('AE', 'United Arab Emirates', 'Vereinigte Arabische Emirate'),
    ('AF', 'Afghanistan', 'Afghanistan'), ('AG', 'Antigua & Barbuda', 'Antigua und Barbuda'),
    ('AI', 'Anguilla', 'Anguilla'), ('AL', 'Albania', 'Albanien'), ('AM', 'Armenia', 'Armenien'),
    ('AO', 'Angola', 'Angola'), ('AQ', 'Antarctica', 'Antarktis'), ('AR', 'Argentina', 'Argentinien'),
    ('AS', 'American Samoa', 'Amerikanisch-Samoa'), ('AT', 'Austria', 'Österreich'),
    ('AU', 'Australia', 'Australien'), ('AW', 'Aruba', 'Aruba'), ('AX', 'Åland Islands', 'Ålandinseln'),
    ('AZ', 'Azerbaijan', 'Aserbaidschan'), ('BA', 'Bosnia & Herzegovina', 'Bosnien und Herzegowina'),
    ('BB', 'Barbados', 'Barbados'), ('BD', 'Bangladesh', 'Bangladesch'), ('BE', 'Belgium', 'Belgien'),
    ('BF', 'Burkina Faso', 'Burkina Faso'), ('BG', 'Bulgaria', 'Bulgarien'), ('BH', 'Bahrain', 'Bahrain'),
    ('BI', 'Burundi', 'Burundi'), ('BJ', 'Benin', 'Benin'), ('BL', 'St. Barthélemy', 'St. Barthélemy'),
    ('BM', 'Bermuda', 'Bermuda'), ('BN', 'Brunei', 'Brunei Darussalam'), ('BO', 'Bolivia', 'Bolivien'),
    ('BQ', 'Caribbean Netherlands', 'Karibische Niederlande'), ('BR', 'Brazil', 'Brasilien'),
    ('BS', 'Bahamas', 'Bahamas'), ('BT', 'Bhutan', 'Bhutan'), ('BV', 'Bouvet Island', 'Bouvetinsel'),
    ('BW', 'Botswana', 'Botsuana'), ('BY', 'Belarus', 'Belarus'), ('BZ', 'Belize', 'Belize'),
    ('CA', 'Canada', 'Kanada'), ('CC', 'Cocos (Keeling) Islands', 'Kokosinseln'),
    ('CD', 'Congo - Kinshasa', 'Kongo-Kinshasa'), ('CF', 'Central African Republic', 'Zentralafrikanische Republik'),
    ('CG', 'Congo - Brazzaville', 'Kongo-Brazzaville'), ('CH', 'Switzerland', 'Schweiz'),
    ('CI', 'Côte d’Ivoire', 'Côte d’Ivoire'), ('CK', 'Cook Islands', 'Cookinseln'), ('CL', 'Chile', 'Chile'),
    ('CM', 'Cameroon', 'Kamerun'), ('CN', 'China', 'China'), ('CO', 'Colombia', 'Kolumbien'),
    ('CR', 'Costa Rica', 'Costa Rica'), ('CU', 'Cuba', 'Kuba'), ('CV', 'Cape Verde', 'Cabo Verde'),
    ('CW', 'Curaçao', 'Curaçao'), ('CX', 'Christmas Island', 'Weihnachtsinsel'), ('CY', 'Cyprus', 'Zypern'),
    ('CZ', 'Czechia', 'Tschechien'), ('DE', 'Germany', 'Deutschland'), ('DJ', 'Djibouti', 'Dschibuti'),
    ('DK', 'Denmark', 'Dänemark'), ('DM', 'Dominica', 'Dominica'),
    ('DO', 'Dominican Republic', 'Dominikanische Republik'), ('DZ', 'Algeria', 'Algerien'),
    ('EC', 'Ecuador', 'Ecuador'), ('EE', 'Estonia', 'Estland'), ('EG', 'Egypt', 'Ägypten'),
    ('EH', 'Western Sahara', 'Westsahara'), ('ER', 'Eritrea', 'Eritrea'), ('ES', 'Spain', 'Spanien'),
    ('ET', 'Ethiopia', 'Äthiopien'), ('FI', 'Finland', 'Finnland'), ('FJ', 'Fiji', 'Fidschi'),
    ('FK', 'Falkland Islands', 'Falklandinseln'), ('FM', 'Micronesia', 'Mikronesien'),
    ('FO', 'Faroe Islands', 'Färöer'), ('FR', 'France', 'Frankreich'), ('GA', 'Gabon', 'Gabun'),
    ('GB', 'United Kingdom', 'Vereinigtes Königreich'), ('GD', 'Grenada', 'Grenada'), ('GE', 'Georgia', 'Georgien'),
    ('GF', 'French Guiana', 'Französisch-Guayana'), ('GG', 'Guernsey', 'Guernsey'), ('GH', 'Ghana', 'Ghana'),
    ('GI', 'Gibraltar', 'Gibraltar'), ('GL', 'Greenland', 'Grönland'), ('GM', 'Gambia', 'Gambia'),
    ('GN', 'Guinea', 'Guinea'), ('GP', 'Guadeloupe', 'Guadeloupe'), ('GQ', 'Equatorial Guinea', 'Äquatorialguinea'),
    ('GR', 'Greece', 'Griechenland'),
    ('GS', 'South Georgia & South Sandwich Islands', 'Südgeorgien und die Südlichen Sandwichinseln'),
    ('GT', 'Guatemala', 'Guatemala'), ('GU', 'Guam', 'Guam'), ('GW', 'Guinea-Bissau', 'Guinea-Bissau'),
    ('GY', 'Guyana', 'Guyana'), ('HK', 'Hong Kong SAR China', 'Sonderverwaltungsregion Hongkong'),
    ('HM', 'Heard & McDonald Islands', 'Heard und McDonaldinseln'), ('HN', 'Honduras', 'Honduras'),
    ('HR', 'Croatia', 'Kroatien'), ('HT', 'Haiti', 'Haiti'), ('HU', 'Hungary', 'Ungarn'),
    ('ID', 'Indonesia', 'Indonesien'), ('IE', 'Ireland', 'Irland'), ('IL', 'Israel', 'Israel'),
    ('IM', 'Isle of Man', 'Isle of Man'), ('IN', 'India', 'Indien'),
    ('IO', 'British Indian Ocean Territory', 'Britisches Territorium im Indischen Ozean'), ('IQ', 'Iraq', 'Irak'),
    ('IR', 'Iran', 'Iran'), ('IS', 'Iceland', 'Island'), ('IT', 'Italy', 'Italien'), ('JE', 'Jersey', 'Jersey'),
    ('JM', 'Jamaica', 'Jamaika'), ('JO', 'Jordan', 'Jordanien'), ('JP', 'Japan', 'Japan'), ('KE', 'Kenya', 'Kenia'),
    ('KG', 'Kyrgyzstan', 'Kirgisistan'), ('KH', 'Cambodia', 'Kambodscha'), ('KI', 'Kiribati', 'Kiribati'),
    ('KM', 'Comoros', 'Komoren'), ('KN', 'St. Kitts & Nevis', 'St. Kitts und Nevis'),
    ('KP', 'North Korea', 'Nordkorea'), ('KR', 'South Korea', 'Südkorea'), ('KW', 'Kuwait', 'Kuwait'),
    ('KY', 'Cayman Islands', 'Kaimaninseln'), ('KZ', 'Kazakhstan', 'Kasachstan'), ('LA', 'Laos', 'Laos'),
    ('LB', 'Lebanon', 'Libanon'), ('LC', 'St. Lucia', 'St. Lucia'), ('LI', 'Liechtenstein', 'Liechtenstein'),
    ('LK', 'Sri Lanka', 'Sri Lanka'), ('LR', 'Liberia', 'Liberia'), ('LS', 'Lesotho', 'Lesotho'),
    ('LT', 'Lithuania', 'Litauen'), ('LU', 'Luxembourg', 'Luxemburg'), ('LV', 'Latvia', 'Lettland'),
    ('LY', 'Libya', 'Libyen'), ('MA', 'Morocco', 'Marokko'), ('MC', 'Monaco', 'Monaco'),
    ('MD', 'Moldova', 'Republik Moldau'), ('ME', 'Montenegro', 'Montenegro'), ('MF', 'St. Martin', 'St. Martin'),
    ('MG', 'Madagascar', 'Madagaskar'), ('MH', 'Marshall Islands', 'Marshallinseln'),
    ('MK', 'North Macedonia', 'Nordmazedonien'), ('ML', 'Mali', 'Mali'), ('MM', 'Myanmar (Burma)', 'Myanmar'),
    ('MN', 'Mongolia', 'Mongolei'), ('MO', 'Macao SAR China', 'Sonderverwaltungsregion Macau'),
    ('MP', 'Northern Mariana Islands', 'Nördliche Marianen'), ('MQ', 'Martinique', 'Martinique'),
    ('MR', 'Mauritania', 'Mauretanien'), ('MS', 'Montserrat', 'Montserrat'), ('MT', 'Malta', 'Malta'),
    ('MU', 'Mauritius', 'Mauritius'), ('MV', 'Maldives', 'Malediven'), ('MW', 'Malawi', 'Malawi'),
    ('MX', 'Mexico', 'Mexiko'), ('MY', 'Malaysia', 'Malaysia'), ('MZ', 'Mozambique', 'Mosambik'),
    ('NA', 'Namibia', 'Namibia'), ('NC', 'New Caledonia', 'Neukaledonien'), ('NE', 'Niger', 'Niger'),
    ('NF', 'Norfolk Island', 'Norfolkinsel'), ('NG', 'Nigeria', 'Nigeria'), ('NI', 'Nicaragua', 'Nicaragua'),
    ('NL', 'Netherlands', 'Niederlande'), ('NO', 'Norway', 'Norwegen'), ('NP', 'Nepal', 'Nepal'),
    ('NR', 'Nauru', 'Nauru'), ('NU', 'Niue', 'Niue'), ('NZ', 'New Zealand', 'Neuseeland'), ('OM', 'Oman', 'Oman'),
    ('PA', 'Panama', 'Panama'), ('PE', 'Peru', 'Peru'), ('PF', 'French Polynesia', 'Französisch-Polynesien'),
    ('PG', 'Papua New Guinea', 'Papua-Neuguinea'), ('PH', 'Philippines', 'Philippinen'),
    ('PK', 'Pakistan', 'Pakistan'), ('PL', 'Poland', 'Polen'),
    ('PM', 'St. Pierre & Miquelon', 'St. Pierre und Miquelon'), ('PN', 'Pitcairn Islands', 'Pitcairninseln'),
    ('PR', 'Puerto Rico', 'Puerto Rico'), ('PS', 'Palestinian Territories', 'Palästinensische Autonomiegebiete'),
    ('PT', 'Portugal', 'Portugal'), ('PW', 'Palau', 'Palau'), ('PY', 'Paraguay', 'Paraguay'),
    ('QA', 'Qatar', 'Katar'), ('RE', 'Réunion', 'Réunion'), ('RO', 'Romania', 'Rumänien'),
    ('RS', 'Serbia', 'Serbien'), ('RU', 'Russia', 'Russland'), ('RW', 'Rwanda', 'Ruanda'),
    ('SA', 'Saudi Arabia', 'Saudi-Arabien'), ('SB', 'Solomon Islands', 'Salomonen'),
    ('SC', 'Seychelles', 'Seychellen'), ('SD', 'Sudan', 'Sudan'), ('SE', 'Sweden', 'Schweden'),
    ('SG', 'Singapore', 'Singapur'), ('SH', 'St. Helena', 'St. Helena'), ('SI', 'Slovenia', 'Slowenien'),
    ('SJ', 'Svalbard & Jan Mayen', 'Spitzbergen und Jan Mayen'), ('SK', 'Slovakia', 'Slowakei'),
    ('SL', 'Sierra Leone', 'Sierra Leone'), ('SM', 'San Marino', 'San Marino'), ('SN', 'Senegal', 'Senegal'),
    ('SO', 'Somalia', 'Somalia'), ('SR', 'Suriname', 'Suriname'), ('SS', 'South Sudan', 'Südsudan'),
    ('ST', 'São Tomé & Príncipe', 'São Tomé und Príncipe'), ('SV', 'El Salvador', 'El Salvador'),
    ('SX', 'Sint Maarten', 'Sint Maarten'), ('SY', 'Syria', 'Syrien'), ('SZ', 'Eswatini', 'Eswatini'),
    ('TC', 'Turks & Caicos Islands', 'Turks- und Caicosinseln'), ('TD', 'Chad', 'Tschad'),
    ('TF', 'French Southern Territories', 'Französische Süd- und Antarktisgebiete'), ('TG', 'Togo', 'Togo'),
    ('TH', 'Thailand', 'Thailand'), ('TJ', 'Tajikistan', 'Tadschikistan'), ('TK', 'Tokelau', 'Tokelau'),
    ('TL', 'Timor-Leste', 'Timor-Leste'), ('TM', 'Turkmenistan', 'Turkmenistan'), ('TN', 'Tunisia', 'Tunesien'),
    ('TO', 'Tonga', 'Tonga'), ('TR', 'Turkey', 'Türkei'), ('TT', 'Trinidad & Tobago', 'Trinidad und Tobago'),
    ('TV', 'Tuvalu', 'Tuvalu'), ('TW', 'Taiwan', 'Taiwan'), ('TZ', 'Tanzania', 'Tansania'),
    ('UA', 'Ukraine', 'Ukraine'), ('UG', 'Uganda', 'Uganda'),
    ('UM', 'U.S. Outlying Islands', 'Amerikanische Überseeinseln'), ('US', 'United States', 'Vereinigte Staaten'),
    ('UY', 'Uruguay', 'Uruguay'), ('UZ', 'Uzbekistan', 'Usbekistan'), ('VA', 'Vatican City', 'Vatikanstadt'),
    ('VC', 'St. Vincent & Grenadines', 'St. Vincent und die Grenadinen'), ('VE', 'Venezuela', 'Venezuela'),
    ('VG', 'British Virgin Islands', 'Britische Jungferninseln'),
    ('VI', 'U.S. Virgin Islands', 'Amerikanische Jungferninseln'), ('VN', 'Vietnam', 'Vietnam'),
    ('VU', 'Vanuatu', 'Vanuatu'), ('WF', 'Wallis & Futuna', 'Wallis und Futuna'), ('WS', 'Samoa', 'Samoa'),
    ('YE', 'Yemen', 'Jemen'), ('YT', 'Mayotte', 'Mayotte'), ('ZA', 'South Africa', 'Südafrika'),
    ('ZM', 'Zambia', 'Sambia'), ('ZW', 'Zimbabwe', 'Simbabwe');

create view shop_search_source as
select v.id as vendor_id,
       v.name,
       concat_ws(' ', (select string_agg(distinct l.city, ' ') from stock_location l where l.vendor_id = v.id),
                 c.english, c.german) as location,
       regexp_replace(coalesce(v.description, ''), '<[^>]*>', ' ', 'g') as description
from vendor v
left join country_name c on c.code = v.country
where v.status = 'APPROVED';

create table shop_search (
    vendor_id   bigint       primary key references vendor (id) on delete cascade,
    name        varchar(200) not null,
    location    text         not null,
    description text         not null,
    document    tsvector     not null generated always as (
        setweight(to_tsvector('english', name), 'A')
        || setweight(to_tsvector('english', location), 'B')
        || setweight(to_tsvector('english', description), 'C')) stored
);
create index shop_search_document_idx on shop_search using gin (document);

-- makes the row of one shop match the shop: written if findable, removed if not
create function shop_search_sync(shop bigint) returns void language plpgsql as $$
begin
    delete from shop_search ss where ss.vendor_id = shop
        and not exists (select 1 from vendor v where v.id = shop and v.status = 'APPROVED');
    insert into shop_search (vendor_id, name, location, description)
    select s.vendor_id, s.name, s.location, s.description from shop_search_source s where s.vendor_id = shop
    on conflict (vendor_id) do update set name = excluded.name, location = excluded.location, description = excluded.description;
end $$;

create function shop_search_on_vendor() returns trigger language plpgsql as $$
begin
    perform shop_search_sync(new.id);
    return null;
end $$;
create trigger shop_search_vendor_insert after insert on vendor
    for each row execute function shop_search_on_vendor();
-- the back office saves the whole row: only a change to what search reads rewrites the search row
create trigger shop_search_vendor_update after update on vendor
    for each row when (old.status is distinct from new.status or old.name is distinct from new.name
                       or old.description is distinct from new.description or old.country is distinct from new.country)
    execute function shop_search_on_vendor();

create function shop_search_on_location() returns trigger language plpgsql as $$
begin
    perform shop_search_sync(case when tg_op = 'DELETE' then old.vendor_id else new.vendor_id end);
    if tg_op = 'UPDATE' and old.vendor_id <> new.vendor_id then
        perform shop_search_sync(old.vendor_id);
    end if;
    return null;
end $$;
create trigger shop_search_location after insert or update or delete on stock_location
    for each row execute function shop_search_on_location();

-- the words shops are found by: lower case, letters and digits, 4 to 40 characters, never stemmed
create table shop_word (
    word text collate "C" primary key
);
create index shop_word_trgm_idx on shop_word using gist (word gist_trgm_ops);

create function shop_word_on_search_row() returns trigger language plpgsql as $$
begin
    insert into shop_word
    select distinct w from regexp_split_to_table(lower(new.name || ' ' || new.location || ' ' || new.description), '[^[:alnum:]]+') w
    where length(w) between 4 and 40
    on conflict do nothing;
    return null;
end $$;
create trigger shop_word_insert after insert or update on shop_search
    for each row execute function shop_word_on_search_row();

insert into shop_search (vendor_id, name, location, description)
select vendor_id, name, location, description from shop_search_source;
