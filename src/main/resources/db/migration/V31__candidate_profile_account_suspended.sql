-- Whether the profile's account is suspended, kept by the candidates module itself: its listeners on
-- accounts.AccountSuspended and AccountReactivated set it in the suspension's transaction. It replaces a formula that
-- read the account table on every load of a profile, a read of another module's table around its API.
alter table candidate_profile add column account_suspended boolean not null default false;

update candidate_profile p
set account_suspended = true
from account a
where a.id = p.account_id and a.suspended;
