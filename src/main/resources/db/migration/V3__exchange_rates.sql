-- Exchange rates to US dollars, used to compare salaries across currencies. Seeded with the median
-- rates of the 2024-2025 rows of the aijobs.net salary index; admins curate them later.
create table exchange_rate (
    currency      varchar(3)        primary key,
    usd_per_unit  numeric(18, 8) not null,
    updated_at    timestamptz    not null default now(),
    version       bigint         not null default 0,
    constraint exchange_rate_currency check (currency ~ '^[A-Z]{3}$'),
    constraint exchange_rate_positive check (usd_per_unit > 0)
);

insert into exchange_rate (currency, usd_per_unit) values
    ('USD', 1.0), ('EUR', 1.111103), ('GBP', 1.25), ('CAD', 0.769227), ('CHF', 1.136361),
    ('AUD', 0.666667), ('NZD', 0.625), ('SGD', 0.769225), ('HKD', 0.128), ('JPY', 0.006935),
    ('CNY', 0.1385), ('KRW', 0.00072), ('INR', 0.012005), ('PLN', 0.25), ('CZK', 0.044443),
    ('HUF', 0.002855), ('DKK', 0.147059), ('SEK', 0.097087), ('NOK', 0.093), ('BRL', 0.20408),
    ('MXN', 0.058139), ('ILS', 0.270269), ('ZAR', 0.053476), ('TRY', 0.034363), ('PHP', 0.017985),
    ('THB', 0.0285), ('AED', 0.2723), ('TWD', 0.0312);
