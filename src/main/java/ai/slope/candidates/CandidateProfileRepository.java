package ai.slope.candidates;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CandidateProfileRepository extends JpaRepository<CandidateProfile, Long> {

	/**
	 * Sets whether recruiters may find the profile, without counting as a change of the profile (a form open
	 * in another tab may still be saved).
	 */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query(value = "update candidate_profile set discoverable = :discoverable where account_id = :accountId",
			nativeQuery = true)
	int setDiscoverable(long accountId, boolean discoverable);

	/**
	 * Records whether the profile's account is suspended, without counting as a change of the profile.
	 */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query(value = "update candidate_profile set account_suspended = :suspended where account_id = :accountId",
			nativeQuery = true)
	int setAccountSuspended(long accountId, boolean suspended);

	/**
	 * Creates the empty profile of an account unless it has one; for publications and résumés, which belong to
	 * a profile, added before the profile was first saved.
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = "insert into candidate_profile (account_id) values (:accountId) on conflict (account_id) do nothing",
			nativeQuery = true)
	int createIfMissing(long accountId);

}
