package ai.slope.companies;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.web.InvalidInputException;

/**
 * Which recruiters belong to which company, and the requests to join one. A recruiter is an active member of
 * at most one company and has at most one pending request (unique indexes hold both); the company's active
 * recruiters approve or decline a request, and the requester gets a mail either way. Any active recruiter may
 * remove another (never themselves, never the last one); the removed one gets a mail. Other modules ask here,
 * on every request, before they show or change a company's data, so a removal takes effect at the removed
 * recruiter's next request.
 */
@Service
public class CompanyMemberships {

	private static final Logger log = LoggerFactory.getLogger(CompanyMemberships.class);

	private final CompanyMemberRepository members;

	private final CompanyRepository companies;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CompanyMemberships(CompanyMemberRepository members, CompanyRepository companies, Accounts accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.members = members;
		this.companies = companies;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * An active recruiter of a company.
	 */
	public record Member(long accountId, String displayName, String email, Instant since) {
	}

	/**
	 * A recruiter's pending request to join a company.
	 */
	public record JoinRequest(long id, Company company, long accountId, String displayName, String email,
			Instant requestedAt) {
	}

	/**
	 * The company the account is an active member of, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<Company> activeCompanyOf(long accountId) {
		return this.members.findByAccountIdAndStatus(accountId, CompanyMember.Status.ACTIVE)
			.flatMap(member -> this.companies.findById(member.getCompanyId()));
	}

	@Transactional(readOnly = true)
	public boolean isActiveMember(long accountId, long companyId) {
		return this.members.findByCompanyIdAndAccountId(companyId, accountId)
			.map(CompanyMember::isActive)
			.orElse(false);
	}

	/**
	 * The account ids of the company's active recruiters, earliest first.
	 */
	@Transactional(readOnly = true)
	public List<Long> activeMemberIds(long companyId) {
		return this.members.findByCompanyIdAndStatusOrderByRequestedAt(companyId, CompanyMember.Status.ACTIVE)
			.stream()
			.map(CompanyMember::getAccountId)
			.toList();
	}

	/**
	 * Makes the account an active member of the company at once: for the creator of a company, and for the
	 * demo data and tests. Join requests go through their own approval.
	 */
	@Transactional
	public void addActiveMember(long companyId, long accountId, Long decidedBy) {
		this.members.save(CompanyMember.active(companyId, accountId, decidedBy, this.clock.instant()));
	}

	/**
	 * The company's active recruiters, earliest first.
	 */
	@Transactional(readOnly = true)
	public List<Member> members(long companyId) {
		return this.members.findByCompanyIdAndStatusOrderByRequestedAt(companyId, CompanyMember.Status.ACTIVE)
			.stream()
			.map(member -> {
				Account account = this.accounts.findById(member.getAccountId()).orElseThrow();
				Instant since = (member.getDecidedAt() != null) ? member.getDecidedAt() : member.getRequestedAt();
				return new Member(account.getId(), account.getDisplayName(), account.getEmail(), since);
			})
			.toList();
	}

	/**
	 * The requests to join the company that wait for a decision, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<JoinRequest> pendingRequests(long companyId) {
		Company company = this.companies.findById(companyId).orElseThrow(CompanyNotFoundException::new);
		return this.members.findByCompanyIdAndStatusOrderByRequestedAt(companyId, CompanyMember.Status.PENDING)
			.stream()
			.map(member -> joinRequest(member, company))
			.toList();
	}

	/**
	 * The account's own pending request, if it waits for one.
	 */
	@Transactional(readOnly = true)
	public Optional<JoinRequest> pendingRequestOf(long accountId) {
		return this.members.findByAccountIdAndStatus(accountId, CompanyMember.Status.PENDING)
			.map(member -> joinRequest(member, this.companies.findById(member.getCompanyId()).orElseThrow()));
	}

	/**
	 * A pending request to join the given company (a recruiter of it looks at the request before declining).
	 * @throws CompanyNotFoundException when the decider is not an active member of the company the request is
	 * for, or no such request waits
	 */
	@Transactional(readOnly = true)
	public JoinRequest pendingRequest(long deciderId, long requestId) {
		CompanyMember request = pendingRequestFor(deciderId, requestId);
		return joinRequest(request, this.companies.findById(request.getCompanyId()).orElseThrow());
	}

	private JoinRequest joinRequest(CompanyMember member, Company company) {
		Account account = this.accounts.findById(member.getAccountId()).orElseThrow();
		return new JoinRequest(member.getId(), company, account.getId(), account.getDisplayName(), account.getEmail(),
				member.getRequestedAt());
	}

	/**
	 * Asks to join a company; its recruiters are told by mail.
	 * @throws InvalidInputException when the account belongs to a company already or waits for another
	 * request
	 * @throws CompanyNotFoundException when no such company exists
	 */
	@Transactional
	public JoinRequest requestToJoin(long accountId, long companyId) {
		Company company = this.companies.findById(companyId).orElseThrow(CompanyNotFoundException::new);
		if (activeCompanyOf(accountId).isPresent()) {
			throw new InvalidInputException(null, "companies.error.has-company");
		}
		if (this.members.findByAccountIdAndStatus(accountId, CompanyMember.Status.PENDING).isPresent()) {
			throw new InvalidInputException(null, "companies.error.request-pending");
		}
		CompanyMember request;
		try {
			// flush now, so that a second request sent at the same moment fails here, on the unique index
			request = this.members.saveAndFlush(CompanyMember.request(companyId, accountId, this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new InvalidInputException(null, "companies.error.request-pending");
		}
		this.events.publishEvent(new JoinRequested(request.getId(), companyId, accountId));
		log.info("Account {} asked to join company {}", accountId, companyId);
		return joinRequest(request, company);
	}

	/**
	 * Withdraws the account's pending request, if it has one.
	 * @return whether there was one
	 */
	@Transactional
	public boolean cancelRequest(long accountId) {
		Optional<CompanyMember> request = this.members.findByAccountIdAndStatus(accountId,
				CompanyMember.Status.PENDING);
		request.ifPresent(this.members::delete);
		request.ifPresent(r -> log.info("Account {} withdrew its request to join company {}", accountId,
				r.getCompanyId()));
		return request.isPresent();
	}

	/**
	 * Makes the requester an active member; they get a mail.
	 * @throws CompanyNotFoundException when the decider is not an active member of the company the request is
	 * for, or no such request waits
	 */
	@Transactional
	public JoinRequest approve(long deciderId, long requestId) {
		CompanyMember request = pendingRequestFor(deciderId, requestId);
		request.approve(deciderId, this.clock.instant());
		this.members.saveAndFlush(request);
		this.events.publishEvent(
				new JoinRequestDecided(request.getCompanyId(), request.getAccountId(), deciderId, true));
		log.info("Account {} approved account {} as a member of company {}", deciderId, request.getAccountId(),
				request.getCompanyId());
		return joinRequest(request, this.companies.findById(request.getCompanyId()).orElseThrow());
	}

	/**
	 * Declines the request, which is removed (the recruiter may ask again); they get a mail.
	 * @throws CompanyNotFoundException when the decider is not an active member of the company the request is
	 * for, or no such request waits
	 */
	@Transactional
	public JoinRequest decline(long deciderId, long requestId) {
		CompanyMember request = pendingRequestFor(deciderId, requestId);
		JoinRequest declined = joinRequest(request, this.companies.findById(request.getCompanyId()).orElseThrow());
		this.members.delete(request);
		this.members.flush();
		this.events.publishEvent(
				new JoinRequestDecided(request.getCompanyId(), request.getAccountId(), deciderId, false));
		log.info("Account {} declined the request of account {} to join company {}", deciderId,
				request.getAccountId(), request.getCompanyId());
		return declined;
	}

	private CompanyMember pendingRequestFor(long deciderId, long requestId) {
		long companyId = this.members.findByAccountIdAndStatus(deciderId, CompanyMember.Status.ACTIVE)
			.map(CompanyMember::getCompanyId)
			.orElseThrow(CompanyNotFoundException::new);
		return this.members.findByIdAndCompanyIdAndStatus(requestId, companyId, CompanyMember.Status.PENDING)
			.orElseThrow(CompanyNotFoundException::new);
	}

	/**
	 * Another active recruiter of the remover's company, whom the remover is about to remove.
	 * @throws CompanyNotFoundException when the remover is no active member of a company, or the account is no
	 * active member of theirs
	 * @throws InvalidInputException when the remover names themselves
	 */
	@Transactional(readOnly = true)
	public Member memberToRemove(long removerId, long accountId) {
		long companyId = activeCompanyIdOf(removerId);
		if (accountId == removerId) {
			throw new InvalidInputException(null, "companies.members.remove-self");
		}
		return members(companyId).stream()
			.filter(member -> member.accountId() == accountId)
			.findFirst()
			.orElseThrow(CompanyNotFoundException::new);
	}

	/**
	 * Removes another recruiter from the remover's company: at once, since every page and API call asks who belongs
	 * to which company anew. The company's active memberships are locked first, so that two recruiters who remove
	 * each other at the same moment cannot leave the company without anyone: the second finds they are no longer a
	 * member. The removed recruiter gets a mail; the removal is logged (who, whom, which company).
	 * @return the member removed
	 * @throws CompanyNotFoundException when the remover is no (longer an) active member of a company, or the account
	 * is no active member of theirs
	 * @throws InvalidInputException when the remover names themselves, or the company would be left without
	 * a recruiter
	 */
	@Transactional
	public Member remove(long removerId, long accountId) {
		long companyId = activeCompanyIdOf(removerId);
		if (accountId == removerId) {
			throw new InvalidInputException(null, "companies.members.remove-self");
		}
		List<CompanyMember> active = this.members.findByCompanyIdAndStatusOrderById(companyId,
				CompanyMember.Status.ACTIVE);
		boolean removerActive = active.stream().anyMatch(member -> member.getAccountId() == removerId);
		CompanyMember removed = active.stream()
			.filter(member -> member.getAccountId() == accountId)
			.findFirst()
			.orElseThrow(CompanyNotFoundException::new);
		if (!removerActive) {
			throw new CompanyNotFoundException();
		}
		if (active.size() < 2) {
			throw new InvalidInputException(null, "companies.members.last-member");
		}
		Account account = this.accounts.findById(accountId).orElseThrow();
		Instant since = (removed.getDecidedAt() != null) ? removed.getDecidedAt() : removed.getRequestedAt();
		this.members.delete(removed);
		this.members.flush();
		this.events.publishEvent(new MemberRemoved(companyId, accountId, removerId));
		log.info("Account {} removed account {} from company {} (a member since {})", removerId, accountId, companyId,
				since);
		return new Member(account.getId(), account.getDisplayName(), account.getEmail(), since);
	}

	private long activeCompanyIdOf(long accountId) {
		return this.members.findByAccountIdAndStatus(accountId, CompanyMember.Status.ACTIVE)
			.map(CompanyMember::getCompanyId)
			.orElseThrow(CompanyNotFoundException::new);
	}

}
