-- Leasekeeper schema, version 1.
--
-- Design: one row in "lease" per leasable address (every pool address, plus reserved addresses outside the
-- pools once they are first leased). The row holds that address's latest lease; state NULL means the address
-- was never leased. Because the address is the primary key, an address can never hold two leases at once.
-- Free addresses (never leased, RELEASED or EXPIRED) are found through the partial index lease_free_idx in
-- the order they became free, so allocation costs one index probe whatever the pool size or utilisation.

create table subnet (
    id                  bigint generated always as identity primary key,
    name                text,
    cidr                cidr        not null,
    lease_time_seconds  integer     not null,
    renew_time_seconds  integer     not null,
    rebind_time_seconds integer     not null,
    routers             inet[]      not null default '{}',
    dns_servers         inet[]      not null default '{}',
    domain_name         text,
    relay_addresses     inet[]      not null default '{}',
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    constraint subnet_ipv4 check (family(cidr) = 4),
    constraint subnet_times_positive check (renew_time_seconds > 0),
    constraint subnet_times_ordered check (renew_time_seconds < rebind_time_seconds
                                           and rebind_time_seconds < lease_time_seconds),
    constraint subnet_no_overlap exclude using gist (cidr inet_ops with &&)
);

create index subnet_relay_addresses_idx on subnet using gin (relay_addresses);

create table pool (
    id            bigint generated always as identity primary key,
    subnet_id     bigint not null references subnet (id) on delete cascade,
    first_address inet   not null,
    last_address  inet   not null,
    constraint pool_ipv4 check (family(first_address) = 4 and family(last_address) = 4
                                and masklen(first_address) = 32 and masklen(last_address) = 32),
    constraint pool_ordered check (first_address <= last_address),
    -- Subnets never overlap and pools lie inside their subnet, so pools overlap nowhere.
    constraint pool_no_overlap exclude using gist (
        int8range(first_address - '0.0.0.0'::inet, last_address - '0.0.0.0'::inet, '[]') with &&)
);

create index pool_subnet_idx on pool (subnet_id);

create table reservation (
    id         bigint generated always as identity primary key,
    subnet_id  bigint      not null references subnet (id) on delete cascade,
    ip_address inet        not null,
    hw_address macaddr,
    client_id  bytea,
    hostname   text,
    created_at timestamptz not null,
    constraint reservation_ipv4 check (family(ip_address) = 4 and masklen(ip_address) = 32),
    constraint reservation_identifies_client check (hw_address is not null or client_id is not null),
    constraint reservation_one_per_address unique (ip_address),
    constraint reservation_one_per_hw_address unique (subnet_id, hw_address),
    constraint reservation_one_per_client_id unique (subnet_id, client_id)
);

create table lease (
    ip_address  inet        primary key,
    subnet_id   bigint      not null references subnet (id) on delete cascade,
    -- false for an address outside the subnet's pools (a reservation, or a pool that shrank): never
    -- handed out to just anyone.
    in_pool     boolean     not null,
    -- true while the reservation table holds this address (kept by the trigger lease_reserved_sync): a
    -- reserved address is only ever leased to its client, so it stays out of the free-address index.
    reserved    boolean     not null default false,
    state       text,
    hw_address  macaddr,
    client_id   bytea,
    -- The client's identity: 'id:' and its client identifier when it sent one, else 'hw:' and its hardware
    -- address (API contract: "identified by clientId when it has one, else by hwAddress").
    client_key  text,
    hostname    text,
    started_at  timestamptz,
    expires_at  timestamptz,
    -- When the address last became free (NULL while it is not); allocation takes the oldest first.
    free_since  timestamptz,
    updated_at  timestamptz not null,
    constraint lease_ipv4 check (family(ip_address) = 4 and masklen(ip_address) = 32),
    constraint lease_state_known check (state in ('OFFERED', 'BOUND', 'RELEASED', 'EXPIRED', 'DECLINED')),
    constraint lease_has_client check (state is null or client_key is not null),
    constraint lease_has_times check (state is null or (started_at is not null and expires_at is not null)),
    constraint lease_free_since_iff_free check (
        (free_since is not null) = (state is null or state in ('RELEASED', 'EXPIRED')))
);

-- At most one OFFERED or BOUND lease per client and subnet.
create unique index lease_one_active_per_client_idx on lease (subnet_id, client_key)
    where state in ('OFFERED', 'BOUND');
-- Free-address lookup: oldest free first, one index probe. Reserved addresses are never in it.
create index lease_free_idx on lease (subnet_id, free_since, ip_address)
    where in_pool and not reserved and free_since is not null;
-- Expiry scan of the reclaim job.
create index lease_expiry_idx on lease (expires_at)
    where state in ('OFFERED', 'BOUND', 'DECLINED');
-- A full pool may reuse the subnet's lease that ended longest ago but is not reclaimed yet.
create index lease_subnet_expiry_idx on lease (subnet_id, expires_at)
    where in_pool and not reserved and state in ('OFFERED', 'BOUND', 'DECLINED');
-- A returning client's previous address, and lookups by client.
create index lease_client_key_idx on lease (subnet_id, client_key) where client_key is not null;
create index lease_hw_address_idx on lease (hw_address) where hw_address is not null;
create index lease_client_id_idx on lease (client_id) where client_id is not null;
create index lease_hostname_idx on lease (lower(hostname)) where hostname is not null;
create index lease_subnet_idx on lease (subnet_id, ip_address);

-- Keeps lease.reserved equal to "the reservation table holds this address", whoever writes reservations.
create function lease_reserved_sync() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        update lease set reserved = false where ip_address = old.ip_address and reserved;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update lease set reserved = true where ip_address = new.ip_address and not reserved;
    end if;
    return null;
end;
$$;

create trigger reservation_marks_lease
    after insert or delete or update of ip_address on reservation
    for each row execute function lease_reserved_sync();

create table lease_history (
    id         bigint generated always as identity primary key,
    ip_address inet        not null,
    subnet_id  bigint      not null,
    at         timestamptz not null,
    event      text        not null,
    hw_address macaddr,
    client_id  bytea,
    hostname   text,
    source     text        not null,
    constraint lease_history_event_known check (event in ('OFFERED', 'BOUND', 'RENEWED', 'RELEASED', 'EXPIRED',
                                                          'DECLINED')),
    constraint lease_history_source_known check (source in ('DHCP', 'API', 'RECLAIM'))
);

create index lease_history_ip_idx on lease_history (ip_address, at desc, id desc);

-- Colon-separated lower-case hex, as the API prints client identifiers.
create function colon_hex(bytes bytea) returns text
    language sql immutable strict parallel safe
    return rtrim(regexp_replace(encode(bytes, 'hex'), '(..)', '\1:', 'g'), ':');

create view active_leases as
select ip_address, subnet_id, hw_address, colon_hex(client_id) as client_id, hostname, expires_at
from lease
where state = 'BOUND';

create view pool_utilization as
select s.id                                                              as subnet_id,
       s.name                                                            as subnet_name,
       s.cidr                                                            as cidr,
       count(l.ip_address)                                               as total,
       count(l.ip_address) filter (where l.free_since is not null)       as free,
       count(l.ip_address) filter (where l.state = 'OFFERED')            as offered,
       count(l.ip_address) filter (where l.state = 'BOUND')              as bound,
       count(l.ip_address) filter (where l.state = 'DECLINED')           as declined
from subnet s
         left join lease l on l.subnet_id = s.id and l.in_pool
group by s.id, s.name, s.cidr;
