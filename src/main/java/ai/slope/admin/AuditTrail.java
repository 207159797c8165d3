package ai.slope.admin;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.audit.AuditAction;

/**
 * Reads the audit log for the admin pages: newest first, filtered, with the people involved by name.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"));

	private final AuditEntryRepository entries;

	private final Accounts accounts;

	AuditTrail(AuditEntryRepository entries, Accounts accounts) {
		this.entries = entries;
		this.accounts = accounts;
	}

	/**
	 * An entry with the admin who acted (empty when their account is gone) and, for actions on accounts, the
	 * account acted on.
	 */
	public record Item(AuditEntry entry, Optional<Account> actor, Optional<Account> targetAccount) {

		public boolean isKnownAction() {
			return AuditAction.keys().contains(this.entry.getAction());
		}

	}

	/**
	 * A page of the entries that match, newest first. An actor email that no account has matches nothing.
	 * @param page the page number, from 0
	 */
	public Page<Item> find(AuditFilter filter, int page, int size) {
		Pageable pageable = PageRequest.of(page, size, NEWEST_FIRST);
		Long actorId = null;
		if (filter.actorEmail() != null) {
			Optional<Account> actor = this.accounts.findByEmail(filter.actorEmail());
			if (actor.isEmpty()) {
				return new PageImpl<>(List.of(), pageable, 0);
			}
			actorId = actor.get().getId();
		}
		Page<AuditEntry> found = this.entries.findAll(matching(filter, actorId), pageable);
		return withPeople(found);
	}

	/**
	 * The newest entries.
	 */
	public List<Item> newest(int count) {
		return find(AuditFilter.none(), 0, count).getContent();
	}

	/**
	 * The actions to offer in a filter: the known ones, then any other that was recorded.
	 */
	public List<String> actions() {
		Set<String> actions = new LinkedHashSet<>(AuditAction.keys());
		actions.addAll(this.entries.findDistinctActions());
		return List.copyOf(actions);
	}

	/**
	 * The kinds of things acted on so far, for a filter.
	 */
	public List<String> targetTypes() {
		Set<String> types = new LinkedHashSet<>(List.of(AuditAction.TARGET_ACCOUNT, AuditAction.TARGET_ROLE_TYPE));
		types.addAll(this.entries.findDistinctTargetTypes());
		return List.copyOf(types);
	}

	private static Specification<AuditEntry> matching(AuditFilter filter, Long actorId) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.action() != null) {
				predicates.add(cb.equal(root.get("action"), filter.action()));
			}
			if (actorId != null) {
				predicates.add(cb.equal(root.get("actorId"), actorId));
			}
			if (filter.targetType() != null) {
				predicates.add(cb.equal(root.get("targetType"), filter.targetType()));
			}
			if (filter.targetId() != null) {
				predicates.add(cb.equal(root.get("targetId"), filter.targetId()));
			}
			if (filter.from() != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("at"), filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
			}
			if (filter.to() != null) {
				predicates.add(cb.lessThan(root.get("at"), filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private Page<Item> withPeople(Page<AuditEntry> found) {
		Set<Long> ids = new HashSet<>();
		for (AuditEntry entry : found) {
			if (entry.getActorId() != null) {
				ids.add(entry.getActorId());
			}
			accountTarget(entry).ifPresent(ids::add);
		}
		Map<Long, Account> people = ids.isEmpty() ? Map.of() : this.accounts.findAllById(ids);
		return found.map(entry -> new Item(entry, Optional.ofNullable(entry.getActorId()).map(people::get),
				accountTarget(entry).map(people::get)));
	}

	private static Optional<Long> accountTarget(AuditEntry entry) {
		if (!AuditAction.TARGET_ACCOUNT.equals(entry.getTargetType())) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(entry.getTargetId()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
